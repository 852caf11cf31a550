// The accessibility test results (content/accessibility-results.json) as read and checked:
// what the 試験結果 page shows in the JIS X 8341-3:2016 annex JB layout.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace planpub {

struct AccessibilityCriterion {
    std::string id, title, level;  // 1.1.1, 非テキストコンテンツ, A
    bool applies = true;           // 適用
    std::string result;            // 適合 | 不適合 | 該当なし | 未判定
    bool needs_human = true;       // only a person can judge it met
    bool by_human = false;         // "judged_by": "human"
    std::string method, note;
};

struct AccessibilityResults {
    bool present = false;  // a results file was read and is valid
    std::string date;      // 試験実施日, YYYY-MM-DD
    std::string standard, target_level, conformance, conformance_note, summary;
    std::vector<std::pair<std::string, std::string>> tools;  // name, version
    std::string technologies, method, page_selection;
    std::vector<std::string> pages;  // URLs
    std::vector<AccessibilityCriterion> criteria;
    bool human = false;  // a person judged at least one criterion
};

}  // namespace planpub
