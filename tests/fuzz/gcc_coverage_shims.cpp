// GCC's -fsanitize-coverage=trace-cmp also traces floating-point comparisons, which clang's libFuzzer
// runtime does not implement. They carry no useful guidance for our parsers: ignore them.
extern "C" void __sanitizer_cov_trace_cmpf(float, float) { }
extern "C" void __sanitizer_cov_trace_cmpd(double, double) { }
