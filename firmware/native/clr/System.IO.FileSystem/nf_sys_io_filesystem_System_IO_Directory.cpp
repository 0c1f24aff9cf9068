// Directory.NativeGetChildren: the full paths of a directory's files or subdirectories. Like nanoFramework's, hidden
// and system entries are left out, and so are files named *.sys.
#include "nf_sys_io_filesystem.h"

#include <string.h>

typedef Library_nf_sys_io_filesystem_System_IO_Directory Directory;

namespace
{

struct ChildWalk
{
    bool directories;       // which kind is listed
    const char *parent;     // the directory's path as the caller wrote it
    CLR_RT_HeapBlock *list; // the string array's reference (on the evaluation stack), or NULL while counting
    uint32_t capacity;      // the array's length
    uint32_t count;
    HRESULT hr;
};

bool Listed(const ChildWalk &walk, const char *name, uint32_t attributes)
{
    if (attributes & (NFK_FL_ATTR_HIDDEN | NFK_FL_ATTR_SYSTEM))
    {
        return false;
    }
    if ((attributes & NFK_FL_ATTR_DIRECTORY) != 0)
    {
        return walk.directories;
    }
    const char *extension = strrchr(name, '.');
    return !walk.directories && (extension == NULL || strcmp(extension, ".sys") != 0);
}

bool Visit(void *user, const char *name, const nfk_fl_info_t *info)
{
    ChildWalk &walk = *static_cast<ChildWalk *>(user);
    if (!Listed(walk, name, info->attributes))
    {
        return true;
    }
    if (walk.list == NULL)
    {
        walk.count++;
        return true;
    }
    if (walk.count == walk.capacity)
    {
        return false; // an entry that appeared since counting is left out
    }

    // parent + '\' + name (nanoCLR's embedded builds forbid strcpy and strlen: hal_strlen_s and memcpy)
    char path[NFK_FL_MAX_PATH * 2 + 2];
    size_t parentLength = hal_strlen_s(walk.parent);
    size_t nameLength = hal_strlen_s(name);
    bool hasSeparator =
        parentLength > 0 && (walk.parent[parentLength - 1] == '\\' || walk.parent[parentLength - 1] == '/');
    if (parentLength + 1 + nameLength >= sizeof(path))
    {
        walk.hr = CLR_E_PATH_TOO_LONG;
        return false;
    }
    memcpy(path, walk.parent, parentLength);
    if (!hasSeparator)
    {
        path[parentLength++] = '\\';
    }
    memcpy(path + parentLength, name, nameLength + 1);

    // the element is looked up again each time: making a string may run the GC, which can move the array
    CLR_RT_HeapBlock *element = (CLR_RT_HeapBlock *)walk.list->DereferenceArray()->GetElement(walk.count);
    walk.hr = CLR_RT_HeapBlock_String::CreateInstance(*element, path);
    walk.count++;
    return SUCCEEDED(walk.hr);
}

} // namespace

HRESULT Directory::NativeGetChildren___STATIC__SZARRAY_STRING__STRING__BOOLEAN(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *argument;
    char path[NFK_FL_MAX_PATH + 1];
    ChildWalk walk = {};
    CLR_RT_HeapBlock &top = stack.PushValueAndClear();

    // a copy: the argument's text lives on the managed heap, which the GC may compact while strings are made
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg0(), argument));
    if (hal_strlen_s(argument) > NFK_FL_MAX_PATH)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_PATH_TOO_LONG);
    }
    memcpy(path, argument, hal_strlen_s(argument) + 1);
    walk.directories = stack.Arg1().NumericByRef().u1 != 0;
    walk.parent = path;
    walk.hr = S_OK;

    // count, make the array, fill it (an entry that goes in between leaves a null element)
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_list(path, Visit, &walk)));
    NANOCLR_CHECK_HRESULT(CLR_RT_HeapBlock_Array::CreateInstance(top, walk.count, g_CLR_RT_WellKnownTypes.m_String));
    walk.capacity = walk.count;
    walk.count = 0;
    walk.list = &top;
    if (walk.capacity > 0)
    {
        NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_list(path, Visit, &walk)));
        NANOCLR_CHECK_HRESULT(walk.hr);
    }

    NANOCLR_NOCLEANUP();
}
