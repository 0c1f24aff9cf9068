// The tests share one emulated K210 (its 6 MiB heap) through the native library: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
