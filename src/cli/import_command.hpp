// `planpub import …`: the parent command and its subcommands (import word; import kpi lives beside
// it), kept out of main.cpp so that each importer adds itself in one place.
#pragma once
#include <CLI/CLI.hpp>

#include "import/word_import.hpp"

namespace planpub {

// The `import` command, created on first use (each importer calls it).
CLI::App* import_command(CLI::App& app);
// `import word PLAN.docx --plan ID [--content DIR]`.
CLI::App* add_import_word(CLI::App& app, WordImportOptions& options);

}  // namespace planpub
