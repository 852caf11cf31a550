// The content model: plain values, no I/O. Loaders fill it, renderers read it.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/evaluation.hpp"
#include "model/kpi.hpp"
#include "model/source_span.hpp"
#include "model/year.hpp"

namespace planpub {

struct Publisher {
    std::string name;                   // 市区町村名
    std::string prefecture;             // 都道府県名
    std::string local_government_code;  // 6 digits, check digit verified
};

struct Contact {
    std::string department;
    std::string phone;
    std::string mail;
    std::string url;
};

// site.yaml's `accessibility:`: what the ウェブアクセシビリティ方針 states (総務省「みんなの公共サイト
// 運用ガイドライン」: 対象範囲, 目標とする適合レベル及び対応度, 達成期限, 例外事項, 策定日・更新日, 担当部署).
// Empty fields are left out of the page (and warned about), never filled with invented text.
struct AccessibilityPolicy {
    bool present = false;                  // the key was given
    int line = 0, column = 0;              // where site.yaml gives it
    std::string organization;              // who sets the policy; empty: the publisher of a one-publisher site
    std::vector<std::string> departments;  // 担当部署
    std::string established, updated;      // 策定日, 更新日 (YYYY-MM-DD)
    std::string level;                     // 目標とする適合レベル: A | AA | AAA
    std::string conformance;               // 目標とする対応度: 準拠 | 一部準拠 | 配慮
    std::string deadline;                  // 達成期限 (YYYY-MM-DD)
    std::string scope;                     // 対象範囲, when not the whole site
    std::vector<std::string> exceptions;   // 例外事項
};

enum class PlanStatus { Draft, Adopted, Revised };
enum class LinkMode { First, All };

struct SiteConfig {
    std::string source_path;  // site.yaml as the user named it
    std::string title;
    std::string base_url;  // absolute, ends with '/'
    std::string language = "ja";
    Publisher publisher;
    std::string license;  // CC-BY-4.0 | CC0-1.0 | PDL-1.0
    Contact contact;
    std::string theme;                     // folder (relative to the content folder) overriding the default theme
    int theme_line = 0, theme_column = 0;  // where site.yaml names it
    LinkMode link = LinkMode::First;
    std::string encoding;  // CSV input encoding when not UTF-8
    std::string home_url;
    std::string updated;  // YYYY-MM-DD, optional
    AccessibilityPolicy accessibility;
};

struct Measure {
    std::string id;  // g1-p2-m3
    std::string title;
};

struct Pillar {
    std::string id;  // g1-p2
    std::string title;
    std::vector<Measure> measures;
};

struct Goal {
    int number = 0;
    std::string id;  // g1
    std::string title;
    std::vector<Pillar> pillars;
};

struct Revision {
    std::string date;  // YYYY-MM-DD, YYYY-MM (a month, written without a day) or empty
    std::string summary;
};

// Every page's record is kept from parsing to the end of a build (its title, path and date name
// it in other pages, the sitemap, the search), so its fields are ordered to leave little padding: 232
// bytes, 280 before (4.8 MB less at 100,000 pages).
struct Page {
    FileStart source;
    std::string slug;
    std::string title;
    std::string summary;
    std::string updated;
    std::string body;  // Markdown
    // A build lets `body` go after parsing once the Markdown it keeps passes a budget (site_build.cpp),
    // so that a large site's Markdown is never all in memory, and reads the file again to render
    // it; the hash tells it the file has not changed meanwhile.
    size_t body_hash = 0;
    int goal = 0;                        // 基本目標 number, 0 when the page is not a goal page
    int goal_line = 0, goal_column = 0;  // where the goal number is written in the front matter
    int order = 0;
    bool glossary = true;
    bool body_released = false;
};

struct Attachment {
    std::string source_path;  // file system path to copy from
    std::string relative;     // path below files/, '/'-separated
};

struct Plan {
    std::string id;
    SourceSpan source;  // index.md
    std::string title;
    std::string short_title;
    PlanStatus status = PlanStatus::Draft;
    Period period;
    Publisher publisher;  // the plan's own, or the site's
    std::string version;
    std::string published;
    std::string updated;
    std::string legal_basis;
    std::string description;            // for catalogues; optional
    std::vector<std::string> keywords;  // for catalogues; optional
    std::vector<std::string> related;
    std::vector<TextPiece> related_at;  // where each related id is written in index.md (line, column)
    std::vector<Revision> revisions;
    std::vector<Goal> goals;
    bool goals_read = false;  // index.md's front matter was read: `goals` are all the plan has
    std::string overview;     // Markdown body of index.md
    // Let go after parsing as a page's body is (Page::body_released), and read again to render it.
    bool overview_released = false;
    size_t overview_hash = 0;
    std::vector<Page> pages;
    // Page files that are there but could not be read (bad front matter, not UTF-8 …): their own
    // error says why, so links to them are not reported as pointing to nothing.
    std::vector<std::string> unread_pages;  // as the user named them
    std::vector<Attachment> attachments;
    std::vector<Kpi> kpis;  // kpi.csv with kpi-values.csv
    UnreadKpis unread_kpis;
    PlanEvaluation evaluation;  // evaluation.csv with the front matter's scale
};

struct Site {
    SiteConfig config;
    std::vector<Plan> plans;
};

// Hard limits that keep one bad file from hanging or exhausting a build (docs/limits.md).
struct Limits {
    static constexpr size_t max_page_bytes = 8u << 20;        // one Markdown file
    static constexpr size_t max_data_bytes = 32u << 20;       // one CSV or YAML file
    static constexpr int max_table_columns = 128;             // GFM table columns
    static constexpr int max_nesting_depth = 64;              // blocks and inlines
    static constexpr size_t max_page_markup = 200000;         // line ends and Markdown punctuation in one page
    static constexpr size_t max_term_links_per_page = 10000;  // `link: all` stops linking there
    static constexpr size_t max_term_chars = 64;              // one glossary spelling, folded: bounds matching cost
    static constexpr size_t max_pages_per_plan = 10000;
    static constexpr size_t max_kpis_per_plan = 1000;  // rows of kpi.csv: all are on one KPI page
    static constexpr size_t max_csv_rows = 100000;     // records in one CSV file
    static constexpr size_t max_csv_columns = 64;      // fields in one record
    static constexpr size_t max_csv_cells = 1000000;   // fields in one CSV file: bounds memory
    static constexpr size_t max_yaml_nodes = 250000;   // values in one YAML file (≈ 20,000 glossary terms)
    static constexpr int max_file_folder_depth = 16;   // folders below files/ or static/
};

}  // namespace planpub
