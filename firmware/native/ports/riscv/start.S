/* Reset entry for both harts (K210 and QEMU virt start every hart at the
 * image's entry in machine mode). Hart 0 runs the program; the other harts
 * park in wfi with interrupts off: the runtime is single-threaded, and
 * nothing wakes them (documented in ports/README.md). */
    .section .text.entry, "ax"
    .globl _k210_entry
_k210_entry:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    csrw    mie, zero
    csrr    t0, mhartid
    /* sp = top - hartid * stack_size */
    la      sp, __stack_top
    la      t1, __stack_size
    mul     t2, t0, t1
    sub     sp, sp, t2
    la      t1, k210_trap_entry
    csrw    mtvec, t1
    bnez    t0, park
    /* enable the FPU (mstatus.FS = initial) */
    li      t1, (1 << 13)
    csrs    mstatus, t1
    csrw    fcsr, zero
    call    k210_crt_start
park:
    wfi
    j       park

/* Traps: save the caller-saved state the C handler may clobber is not
 * needed — the handler reports the trap and stops the program. */
    .align 4
    .globl k210_trap_entry
k210_trap_entry:
    csrr    a0, mcause
    csrr    a1, mepc
    csrr    a2, mtval
    la      sp, __stack_top
    call    k210_trap_report
1:  j       1b
