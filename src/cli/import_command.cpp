#include "cli/import_command.hpp"

namespace planpub {

CLI::App* import_command(CLI::App& app) {
    for (auto* sub : app.get_subcommands([](CLI::App* a) { return a->get_name() == "import"; })) return sub;
    auto* import = app.add_subcommand("import", "convert a city's Word plan or Excel KPI sheet into content");
    import->require_subcommand(1);
    return import;
}

CLI::App* add_import_word(CLI::App& app, WordImportOptions& o) {
    auto* word = import_command(app)->add_subcommand(
        "word",
        "a Word plan (.docx) → plans/ID/ (pages, glossary, KPI tables as kpi.csv) and an import report "
        "(needs pandoc: apt-get install pandoc)");
    word->add_option("docx", o.docx, "the Word file (.docx)")->required();
    word->add_option("--plan", o.plan_id, "the new plan's id (a-z, 0-9, -); its folder must not exist")->required();
    word->add_option("--content", o.content_dir, "content folder")->capture_default_str();
    return word;
}

}  // namespace planpub
