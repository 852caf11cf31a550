// Load stage: finds the content files and reads them. The only stage that reads content
// from disk; everything after it works on these values.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/site.hpp"

namespace planpub {

struct SourceFile {
    bool present = false;
    std::string path;  // as shown to the user: <content>/plans/x/index.md
    std::string text;  // Markdown/YAML: valid UTF-8, no BOM, LF line ends. CSV: raw bytes.
};

struct PlanSources {
    std::string id;
    std::string dir;  // display path of the plan folder
    SourceFile index;
    std::vector<SourceFile> pages;  // sorted by file name
    SourceFile kpi_csv;
    SourceFile kpi_values_csv;
    SourceFile evaluation_csv;
    SourceFile glossary;
    std::vector<Attachment> attachments;
};

struct ContentTree {
    std::string root;  // the content folder as given
    SourceFile site_yaml;
    SourceFile glossary;
    SourceFile accessibility_results;
    std::vector<PlanSources> plans;         // sorted by id
    std::vector<Attachment> static_files;   // static/: copied as they are to the output root
    std::vector<std::string> plan_folders;  // plans/<id>, as found by load_site_files (name order)
};

// The site-wide files (site.yaml, glossary.yaml, accessibility-results.json, static/) and the names
// of the plan folders; no plan is read yet.
ContentTree load_site_files(const std::string& content_dir, Diagnostics& diags);

// Reads every plan folder into tree.plans (side by side, each in its slot). `each_plan`, when given,
// runs in the worker as soon as a plan is read, so that a caller can parse it and let its text go
// before the next plan is read: a site's Markdown is then never in memory all at once (issue 22).
using PlanRead = std::function<void(size_t index, PlanSources& plan)>;
void load_plans(ContentTree& tree, Diagnostics& diags, int workers, const PlanRead& each_plan = {});

// Both of the above.
ContentTree load_content(const std::string& content_dir, Diagnostics& diags, int workers = 1);

// Reads a text file that must be UTF-8 (BOM allowed at the start, warned elsewhere).
// Exposed for the theme loader and tests.
SourceFile read_text_file(const std::string& fs_path, const std::string& display_path, size_t max_bytes,
                          Diagnostics& diags);

// Validates and cleans UTF-8 text in memory (the part of read_text_file after reading).
bool clean_utf8_text(std::string& text, const std::string& display_path, Diagnostics& diags);

}  // namespace planpub
