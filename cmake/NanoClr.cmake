# nanoCLR (nf-interpreter's src/CLR, MIT) as a dependency of our targets.
#
# The tree is obtained once per build directory, never inside the source tree:
#   1. NF_INTERPRETER_SOURCE: a checkout the user names (its src/ is copied into the build dir, so that our patches
#      never touch the user's files);
#   2. else NFK_NF_INTERPRETER_TARBALL (default ../shared/deps/nf-interpreter-a3e8139.tar.gz), extracted;
#   3. else, with network, a shallow git fetch of the pinned commit from NFK_NF_INTERPRETER_URL.
# The tree must be the pinned commit (checked by sha256 of the tarball, or by `git rev-parse` of a checkout); another
# commit is accepted with a warning naming it. Our patches (firmware/native/clr/patches/*.patch) are then applied once.
#
# nfk_add_nanoclr(<target> PORT_INCLUDES <dirs> DEFINITIONS <defs> [EXTRA_SOURCES <files>]) compiles the flavour-
# independent parts (CLR core, CorLib, Startup, Diagnostics, Debugger stubs, runtime natives) into a static library;
# the flavour brings only its port's include directories and defines.

set(NFK_NF_INTERPRETER_COMMIT "a3e8139a1ba778e33ca81b023099765eada6c456")
set(NFK_NF_INTERPRETER_TARBALL_SHA256 "1ee2544e3253f802ee134f3dc04022b050985fac98b0e22e0875b4c98ff7e71e")

set(NF_INTERPRETER_SOURCE "" CACHE PATH "An nf-interpreter checkout to build nanoCLR from (else the pinned tarball)")
set(NFK_NF_INTERPRETER_TARBALL "${PROJECT_SOURCE_DIR}/../shared/deps/nf-interpreter-a3e8139.tar.gz"
    CACHE FILEPATH "The pinned nf-interpreter archive (git archive of the pinned commit)")
set(NFK_NF_INTERPRETER_URL "https://github.com/nanoframework/nf-interpreter.git"
    CACHE STRING "Where to fetch the pinned nf-interpreter commit when neither a checkout nor the archive exists")
set(NFK_NANOCLR_PATCH_DIR "${PROJECT_SOURCE_DIR}/firmware/native/clr/patches")

# Names the commit of a git checkout, or "" when it is not one.
function(_nfk_git_commit dir out_var)
  set(commit "")
  if(EXISTS "${dir}/.git")
    find_package(Git QUIET)
    if(GIT_FOUND)
      execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${dir}" rev-parse HEAD OUTPUT_VARIABLE commit
                      OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    endif()
  endif()
  set(${out_var} "${commit}" PARENT_SCOPE)
endfunction()

function(_nfk_check_commit found what)
  if(found STREQUAL NFK_NF_INTERPRETER_COMMIT)
    message(STATUS "nanoCLR: ${what} is nf-interpreter ${found}")
  elseif(found STREQUAL "")
    message(WARNING "nanoCLR: cannot tell which commit ${what} is (not a git checkout); "
                    "this build is tested with ${NFK_NF_INTERPRETER_COMMIT}")
  else()
    message(WARNING "nanoCLR: ${what} is nf-interpreter ${found}, not the pinned ${NFK_NF_INTERPRETER_COMMIT}; "
                    "our patches and native tables may not fit it")
  endif()
endfunction()

# Sets NFK_NANOCLR_ROOT (parent scope) to a patched tree in the build directory, or to "" when no source can be had.
function(nfk_nanoclr_obtain)
  set(root "${CMAKE_BINARY_DIR}/_deps/nf-interpreter")
  file(GLOB patches "${NFK_NANOCLR_PATCH_DIR}/*.patch")
  list(SORT patches)

  # The stamp names the origin and every patch's hash: when either changes the tree is rebuilt from scratch, so
  # patches are applied exactly once to pristine sources.
  set(stamp_text "")
  if(NF_INTERPRETER_SOURCE)
    get_filename_component(origin "${NF_INTERPRETER_SOURCE}" ABSOLUTE)
    _nfk_git_commit("${origin}" checkout_commit)
    string(APPEND stamp_text "checkout ${origin} ${checkout_commit}\n")
  elseif(EXISTS "${NFK_NF_INTERPRETER_TARBALL}")
    file(SHA256 "${NFK_NF_INTERPRETER_TARBALL}" tarball_sha)
    string(APPEND stamp_text "tarball ${tarball_sha}\n")
  else()
    string(APPEND stamp_text "git ${NFK_NF_INTERPRETER_URL} ${NFK_NF_INTERPRETER_COMMIT}\n")
  endif()
  foreach(p IN LISTS patches)
    file(SHA256 "${p}" h)
    get_filename_component(n "${p}" NAME)
    string(APPEND stamp_text "patch ${n} ${h}\n")
  endforeach()

  set(stamp "${root}/.nfk-stamp")
  if(EXISTS "${stamp}")
    file(READ "${stamp}" old_stamp)
    if(old_stamp STREQUAL stamp_text)
      set(NFK_NANOCLR_ROOT "${root}" PARENT_SCOPE)
      return()
    endif()
  endif()

  file(REMOVE_RECURSE "${root}")
  file(MAKE_DIRECTORY "${root}")
  if(NF_INTERPRETER_SOURCE)
    if(NOT EXISTS "${origin}/src/CLR/Core/Execution.cpp")
      message(FATAL_ERROR "NF_INTERPRETER_SOURCE='${origin}' is not an nf-interpreter checkout "
                          "(no src/CLR/Core/Execution.cpp)")
    endif()
    _nfk_check_commit("${checkout_commit}" "the checkout ${origin}")
    file(COPY "${origin}/src" DESTINATION "${root}")
  elseif(EXISTS "${NFK_NF_INTERPRETER_TARBALL}")
    if(NOT tarball_sha STREQUAL NFK_NF_INTERPRETER_TARBALL_SHA256)
      message(WARNING "nanoCLR: ${NFK_NF_INTERPRETER_TARBALL} has sha256 ${tarball_sha}, not that of the pinned "
                      "archive of ${NFK_NF_INTERPRETER_COMMIT} (${NFK_NF_INTERPRETER_TARBALL_SHA256})")
    else()
      message(STATUS "nanoCLR: archive of nf-interpreter ${NFK_NF_INTERPRETER_COMMIT} (sha256 verified)")
    endif()
    set(unpack "${CMAKE_BINARY_DIR}/_deps/nf-interpreter-unpack")
    file(REMOVE_RECURSE "${unpack}")
    file(ARCHIVE_EXTRACT INPUT "${NFK_NF_INTERPRETER_TARBALL}" DESTINATION "${unpack}" PATTERNS "*/src/*")
    file(GLOB top LIST_DIRECTORIES true "${unpack}/*")
    list(LENGTH top n_top)
    if(NOT n_top EQUAL 1 OR NOT EXISTS "${top}/src/CLR/Core/Execution.cpp")
      message(FATAL_ERROR "${NFK_NF_INTERPRETER_TARBALL} does not hold one nf-interpreter tree (found: ${top})")
    endif()
    file(RENAME "${top}/src" "${root}/src")
    file(REMOVE_RECURSE "${unpack}")
  else()
    # Untested here (no network): fetch exactly the pinned commit.
    find_package(Git REQUIRED)
    set(clone "${CMAKE_BINARY_DIR}/_deps/nf-interpreter-git")
    if(NOT EXISTS "${clone}/.git")
      execute_process(COMMAND "${GIT_EXECUTABLE}" init -q "${clone}" RESULT_VARIABLE rc)
      if(NOT rc EQUAL 0)
        message(FATAL_ERROR "nanoCLR: git init ${clone} failed")
      endif()
    endif()
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${clone}" fetch -q --depth 1 "${NFK_NF_INTERPRETER_URL}"
                            "${NFK_NF_INTERPRETER_COMMIT}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      # Not fatal: the rest of the tree (libnfk210, the CLI, the model runners) builds without nanoCLR.
      message(WARNING "nanoCLR: neither NF_INTERPRETER_SOURCE nor ${NFK_NF_INTERPRETER_TARBALL} exists, and "
                      "fetching ${NFK_NF_INTERPRETER_COMMIT} from ${NFK_NF_INTERPRETER_URL} failed. Name a "
                      "checkout with -DNF_INTERPRETER_SOURCE=<dir> or the archive with -DNFK_NF_INTERPRETER_TARBALL=<file>.")
      set(NFK_NANOCLR_ROOT "" PARENT_SCOPE)
      return()
    endif()
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${clone}" -c advice.detachedHead=false checkout -q FETCH_HEAD
                    RESULT_VARIABLE rc)
    _nfk_git_commit("${clone}" fetched)
    if(NOT rc EQUAL 0 OR NOT fetched STREQUAL NFK_NF_INTERPRETER_COMMIT)
      message(FATAL_ERROR "nanoCLR: checking out ${NFK_NF_INTERPRETER_COMMIT} failed (have '${fetched}')")
    endif()
    file(COPY "${clone}/src" DESTINATION "${root}")
  endif()

  find_program(NFK_PATCH_EXECUTABLE patch)
  foreach(p IN LISTS patches)
    if(NOT NFK_PATCH_EXECUTABLE)
      message(FATAL_ERROR "nanoCLR: the 'patch' program is needed to apply ${p}")
    endif()
    execute_process(COMMAND "${NFK_PATCH_EXECUTABLE}" -p1 --forward --batch --silent -i "${p}"
                    WORKING_DIRECTORY "${root}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
      file(REMOVE_RECURSE "${root}")
      message(FATAL_ERROR "nanoCLR: patch ${p} does not apply:\n${out}")
    endif()
    message(STATUS "nanoCLR: applied ${p}")
  endforeach()
  file(WRITE "${stamp}" "${stamp_text}")
  set(NFK_NANOCLR_ROOT "${root}" PARENT_SCOPE)
endfunction()

# ---- Source lists (relative to the tree's src/): the flavour-independent part ----

set(NFK_NANOCLR_CORE_SOURCES
  CLR/Core/Cache.cpp CLR/Core/Checks.cpp CLR/Core/CLR_RT_DblLinkedList.cpp CLR/Core/CLR_RT_HeapBlock.cpp
  CLR/Core/CLR_RT_HeapBlock_Array.cpp CLR/Core/CLR_RT_HeapBlock_ArrayList.cpp CLR/Core/CLR_RT_HeapBlock_BinaryBlob.cpp
  CLR/Core/CLR_RT_HeapBlock_Delegate.cpp CLR/Core/CLR_RT_HeapBlock_Delegate_List.cpp
  CLR/Core/CLR_RT_HeapBlock_Finalizer.cpp CLR/Core/CLR_RT_HeapBlock_Lock.cpp CLR/Core/CLR_RT_HeapBlock_LockRequest.cpp
  CLR/Core/CLR_RT_HeapBlock_Node.cpp CLR/Core/CLR_RT_HeapBlock_Queue.cpp CLR/Core/CLR_RT_HeapBlock_Stack.cpp
  CLR/Core/CLR_RT_HeapBlock_String.cpp CLR/Core/CLR_RT_HeapBlock_Timer.cpp CLR/Core/CLR_RT_HeapBlock_WaitForObject.cpp
  CLR/Core/CLR_RT_HeapCluster.cpp CLR/Core/CLR_RT_Interop.cpp CLR/Core/CLR_RT_Memory.cpp
  CLR/Core/CLR_RT_ObjectToEvent_Destination.cpp CLR/Core/CLR_RT_ObjectToEvent_Source.cpp
  CLR/Core/CLR_RT_RuntimeMemory.cpp CLR/Core/CLR_RT_StackFrame.cpp CLR/Core/CLR_RT_SystemAssembliesTable.cpp
  CLR/Core/CLR_RT_UnicodeHelper.cpp CLR/Core/Core.cpp CLR/Core/Execution.cpp CLR/Core/GarbageCollector.cpp
  CLR/Core/GarbageCollector_Compaction.cpp CLR/Core/GarbageCollector_ComputeReachabilityGraph.cpp
  CLR/Core/GarbageCollector_Info.cpp CLR/Core/Interpreter.cpp CLR/Core/Random.cpp CLR/Core/Streams.cpp
  CLR/Core/StringTable.cpp CLR/Core/StringTableData.cpp CLR/Core/Thread.cpp CLR/Core/TypeSystem.cpp
  CLR/Core/TypeSystemLookup.cpp CLR/Core/Various.cpp CLR/Core/nanoSupport_CRC32.c
  CLR/Core/Hardware/Hardware.cpp CLR/Core/InterruptHandler/InterruptHandler.cpp
  CLR/Core/NativeEventDispatcher/NativeEventDispatcher.cpp CLR/Core/RPC/RPC_stub.cpp
  CLR/Core/Serialization/BinaryFormatter_stub.cpp
  HAL/nanoHAL_SystemInformation.cpp)

set(NFK_NANOCLR_STARTUP_SOURCES CLR/Startup/CLRStartup.cpp)

# No debugger/wire protocol in the host runner: the stubs satisfy the core's references.
set(NFK_NANOCLR_DIAGNOSTICS_SOURCES
  CLR/Debugger/Debugger_stub.cpp CLR/Messaging/Messaging_stub.cpp CLR/Diagnostics/Info_Safeprintf.cpp
  CLR/Diagnostics/Diagnostics_stub.cpp CLR/Helpers/nanoprintf/nanoprintf.c
  CLR/Helpers/NanoRingBuffer/nanoRingBuffer.c CLR/Helpers/Base64/base64.c)

set(NFK_NANOCLR_RUNTIME_NATIVE_SOURCES
  nanoFramework.Runtime.Native/nf_rt_native.cpp
  nanoFramework.Runtime.Native/nf_rt_native_nanoFramework_Runtime_Hardware_SystemInfo.cpp
  nanoFramework.Runtime.Native/nf_rt_native_nanoFramework_Runtime_Native_GC.cpp
  nanoFramework.Runtime.Native/nf_rt_native_nanoFramework_Runtime_Native_ExecutionConstraint.cpp
  nanoFramework.Runtime.Native/nf_rt_native_nanoFramework_Runtime_Native_Power.cpp
  nanoFramework.Runtime.Native/nf_rt_native_nanoFramework_Runtime_Native_Rtc_stubs.cpp
  nanoFramework.Runtime.Native/nf_rt_native_System_Environment.cpp)

set(NFK_NANOCLR_HAL_PAL_SOURCES
  HAL/nanoHAL_Time.cpp HAL/nanoHAL_Watchdog.c HAL/nanoHAL_SystemEvents.c
  PAL/AsyncProcCall/AsyncCompletions.cpp PAL/AsyncProcCall/AsyncContinuations.cpp
  PAL/COM/COM_stubs.c PAL/COM/GenericPort_stubs.c PAL/Double/nanoPAL_NativeDouble.cpp
  PAL/FileSystem/nanoPAL_FileSystem_stubs.cpp PAL/Profiler/nanoPAL_PerformanceCounters_stubs.cpp
  PAL/nanoPAL_Network_stubs.cpp)

set(NFK_NANOCLR_INCLUDE_DIRS
  CLR/Include CLR/Core CLR/Core/Hardware CLR/Core/InterruptHandler CLR/Core/NativeEventDispatcher CLR/Core/RPC
  CLR/CorLib CLR/Startup CLR/Diagnostics CLR/Debugger CLR/Helpers/NanoRingBuffer CLR/Helpers/nanoprintf
  CLR/Helpers/Base64 HAL/Include PAL/Include nanoFramework.Runtime.Native nanoFramework.Runtime.Events)

# nfk_add_nanoclr(<target> PORT_INCLUDES <dirs> DEFINITIONS <defs> [EXTRA_SOURCES <files>] [EXCLUDE <files>])
# EXCLUDE names upstream files (relative to src/) that the port replaces with its own.
# A static library of nanoCLR for one flavour. The port's include dirs come first (they shadow upstream headers
# such as nanoPAL.h); consumers get the upstream dirs as SYSTEM includes so our -Werror code is not failed by
# upstream headers. Upstream sources compile with warnings off: they are a dependency, not our code.
function(nfk_add_nanoclr target)
  cmake_parse_arguments(ARG "" "" "PORT_INCLUDES;DEFINITIONS;EXTRA_SOURCES;EXCLUDE" ${ARGN})
  if(NOT NFK_NANOCLR_ROOT)
    nfk_nanoclr_obtain()
    set(NFK_NANOCLR_ROOT "${NFK_NANOCLR_ROOT}" PARENT_SCOPE)
  endif()
  set(src "${NFK_NANOCLR_ROOT}/src")
  file(GLOB corlib "${src}/CLR/CorLib/*.cpp")
  set(files ${corlib})
  foreach(f IN LISTS NFK_NANOCLR_CORE_SOURCES NFK_NANOCLR_STARTUP_SOURCES NFK_NANOCLR_DIAGNOSTICS_SOURCES
                     NFK_NANOCLR_RUNTIME_NATIVE_SOURCES NFK_NANOCLR_HAL_PAL_SOURCES)
    list(APPEND files "${src}/${f}")
  endforeach()
  foreach(f IN LISTS ARG_EXCLUDE)
    list(REMOVE_ITEM files "${src}/${f}")
  endforeach()
  set(includes "")
  foreach(d IN LISTS NFK_NANOCLR_INCLUDE_DIRS)
    list(APPEND includes "${src}/${d}")
  endforeach()

  add_library(${target} STATIC ${files} ${ARG_EXTRA_SOURCES})
  target_include_directories(${target} BEFORE PUBLIC ${ARG_PORT_INCLUDES})
  target_include_directories(${target} SYSTEM PUBLIC ${includes})
  target_compile_definitions(${target} PUBLIC ${ARG_DEFINITIONS})
  # Upstream only: warnings off (and no -Werror), and no UBSan traps for its deliberate type punning.
  target_compile_options(${target} PRIVATE -w -Wno-error)
  if(NFK_SANITIZE)
    target_compile_options(${target} PRIVATE -fno-sanitize=undefined)
    # nanoCLR keeps 8-byte-aligned heap blocks at 4-byte boundaries (its heap and evaluation stacks are 4-byte
    # granular, harmless on x86-64 and RISC-V): code that inlines its headers (our natives) would trip UBSan there.
    target_compile_options(${target} INTERFACE -fno-sanitize=alignment)
  endif()
  set_target_properties(${target} PROPERTIES CXX_STANDARD 17 CXX_EXTENSIONS ON)
endfunction()
