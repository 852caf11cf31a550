// `planpub serve`: builds the site in memory, serves it on 127.0.0.1, watches the content and
// the theme, rebuilds only what changed (one edited page: that page alone), and reloads the open
// browser tab through a small script injected into served HTML only — never into built files.
#pragma once
#include <string>

namespace planpub {

struct ServeOptions {
    std::string content_dir = "content";
    int port = 8080;  // 0: any free port (printed)
    int jobs = 0;
};

// Runs until SIGINT or SIGTERM; returns the process exit code.
int run_serve(const ServeOptions& options);

}  // namespace planpub
