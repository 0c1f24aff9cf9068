# System.IO.FileSystem's natives for a nanoCLR target: include() this beside the target's nanoCLR library and link
# nfk_clr_filesystem. The record g_CLR_AssemblyNative_System_IO_FileSystem goes into the target's interop table.
#   nfk_add_clr_filesystem(<nanoclr library target> [HOST])
# HOST adds the POSIX drives (host paths, D: = $NFK210_SD_ROOT), mounted at start-up.
function(nfk_add_clr_filesystem nanoclr_target)
  cmake_parse_arguments(arg "HOST" "" "" ${ARGN})
  set(dir ${PROJECT_SOURCE_DIR}/firmware/native/clr/System.IO.FileSystem)
  add_library(nfk_clr_filesystem OBJECT
    ${dir}/nf_sys_io_filesystem.cpp
    ${dir}/nf_sys_io_filesystem_glue.cpp
    ${dir}/nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard.cpp
    ${dir}/nf_sys_io_filesystem_System_IO_Directory.cpp
    ${dir}/nf_sys_io_filesystem_System_IO_DriveInfo.cpp
    ${dir}/nf_sys_io_filesystem_System_IO_NativeFileStream.cpp
    ${dir}/nf_sys_io_filesystem_System_IO_NativeFindFile.cpp
    ${dir}/nf_sys_io_filesystem_System_IO_NativeIO.cpp)
  target_include_directories(nfk_clr_filesystem PUBLIC ${dir})
  target_link_libraries(nfk_clr_filesystem PUBLIC ${nanoclr_target} nfk_file_layer)
  if(arg_HOST)
    target_sources(nfk_clr_filesystem PRIVATE ${dir}/nf_sys_io_filesystem_host_drives.cpp)
    target_link_libraries(nfk_clr_filesystem PUBLIC nfk_file_layer_posix)
  endif()
endfunction()
