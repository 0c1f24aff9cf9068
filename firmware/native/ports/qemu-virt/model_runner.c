/* Model runner for the QEMU virt board: the same C core, driver and emulator
 * as the host build, compiled for RISC-V. Files come and go through
 * semihosting. Usage (the semihosting command line):
 *   model_runner [--profile 0-3] MODEL OUTDIR INPUT [INPUT ...]
 * writes OUTDIR/<input name without extension>.out<i>.bin for every input,
 * as `nfk210 run` does on the host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nfk210_api.h"

static unsigned char *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    unsigned char *buf = malloc(cap);
    while (buf != NULL) {
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (len < cap)
            break;
        unsigned char *bigger = realloc(buf, cap * 2);
        if (bigger == NULL) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    *size = len;
    return buf;
}

static int write_file(const char *path, const unsigned char *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    size_t n = fwrite(data, 1, size, f);
    return fclose(f) == 0 && n == size ? 0 : -1;
}

/* "dir/name.ext" -> "name" */
static void stem(const char *path, char *out, size_t cap)
{
    const char *base = strrchr(path, '/');
    base = base != NULL ? base + 1 : path;
    snprintf(out, cap, "%s", base);
    char *dot = strrchr(out, '.');
    if (dot != NULL && dot != out)
        *dot = '\0';
}

static int run_input(nfk_model *model, const char *input_path, const char *out_dir)
{
    size_t size;
    unsigned char *input = read_file(input_path, &size);
    if (input == NULL) {
        fprintf(stderr, "model_runner: cannot read input %s\n", input_path);
        return 1;
    }
    int rc = nfk_model_run(model, input, size);
    free(input);
    if (rc != 0) {
        fprintf(stderr, "model_runner: %s: %s\n", input_path, nfk_last_error());
        return 1;
    }
    char name[256], path[1024];
    stem(input_path, name, sizeof name);
    for (int i = 0; i < nfk_model_output_count(model); i++) {
        const uint8_t *data;
        size_t bytes;
        if (nfk_model_output(model, i, &data, &bytes) != 0) {
            fprintf(stderr, "model_runner: output %d: %s\n", i, nfk_last_error());
            return 1;
        }
        snprintf(path, sizeof path, "%s/%s.out%d.bin", out_dir, name, i);
        if (write_file(path, data, bytes) != 0) {
            fprintf(stderr, "model_runner: cannot write %s\n", path);
            return 1;
        }
        printf("%s: output %d, %zu bytes -> %s\n", input_path, i, bytes, path);
    }
    return 0;
}

int main(int argc, char **argv)
{
    int first = 1, profile = NFK_PROFILE_AUTO;
    if (argc > 2 && strcmp(argv[1], "--profile") == 0) {
        profile = atoi(argv[2]);
        first = 3;
    }
    if (argc - first < 3) {
        fprintf(stderr, "usage: model_runner [--profile 0-3] MODEL OUTDIR INPUT [INPUT ...]\n");
        return 2;
    }
    size_t size;
    unsigned char *file = read_file(argv[first], &size);
    if (file == NULL) {
        fprintf(stderr, "model_runner: cannot read model %s\n", argv[first]);
        return 1;
    }
    nfk_model *model = NULL;
    int rc = nfk_model_load(file, size, profile, &model);
    free(file);
    if (rc != 0) {
        fprintf(stderr, "model_runner: %s\n", nfk_last_error());
        return 1;
    }
    int failed = 0;
    for (int i = first + 2; i < argc; i++)
        failed |= run_input(model, argv[i], argv[first + 1]);
    nfk_model_free(model);
    return failed;
}
