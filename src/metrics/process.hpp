#pragma once
// The process's own figures in Prometheus text, read from /proc when asked: resident memory, CPU time,
// open file descriptors and threads (a soak test watches the memory stay flat).

#include <string>

namespace regie::metrics {

std::string process_exposition();

}  // namespace regie::metrics
