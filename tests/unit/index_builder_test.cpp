// IndexBuilder (src/search/index_builder): the index made document by document, in any order, from
// several threads, with postings spilled or kept in memory, has exactly build_index's files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include "search/index_builder.hpp"
#include "text/utf8.hpp"

using namespace planpub;

namespace {

// Documents with Japanese runs (kanji, kana, katakana that folds, the ends of the Japanese ranges,
// characters past U+FFFF), Latin words and numbers,
// full-width letters that fold (ｋｐｉ), words over 40 characters, empty sections and documents,
// and a word repeated until its weight reaches the cap.
std::vector<search::Doc> random_docs(size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    const std::vector<std::string> pieces = {
        "子育て", "支援",         "デジタル", "でじたる", "移住",
        "定住",   "KPI",          "ｋｐｉ",   "2025",     "令和6年度",
        "観光",   "交流人口",     "ICT",      "ＩＣＴ",   "の",
        "、",     "地域公共交通", "alpha",    "Ünïcödé",  "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
        // Japanese at the ends of its ranges (々, 㐀, 鿿, 豈, 﫿) and past U+FFFF (𠮷, 😀: no Japanese run),
        // a variation selector after a kanji (葛󠄀), a katakana that folds
        "々",     "㐀",           "鿿",       "豈",       "﫿",
        "𠮷野家", "😀",           "葛\U000E0100", "ヴァ"};
    // Now and then a kanji of any of the Japanese ranges: thousands of distinct tokens a shard.
    auto any_kanji = [&] {
        const char32_t from[] = {0x3400, 0x4E00, 0xF900}, count[] = {0x1A00, 0x5200, 0x200};
        const size_t r = rng() % 3;
        return static_cast<char32_t>(from[r] + rng() % count[r]);
    };
    auto text = [&](size_t words) {
        std::string s;
        for (size_t k = 0; k < words; ++k) {
            s += pieces[rng() % pieces.size()] + (rng() % 3 ? "" : " ");
            if (rng() % 4 == 0) append_utf8(s, any_kanji());
        }
        return s;
    };
    std::vector<search::Doc> docs;
    for (size_t d = 0; d < n; ++d) {
        search::Doc doc{text(3), "p" + std::to_string(d) + "/index.html", d % 3 ? "甲計画" : "乙計画", text(1), {}};
        const size_t sections = rng() % 4;  // some documents have none
        for (size_t s = 0; s < sections; ++s)
            doc.sections.push_back({s ? "h" + std::to_string(s) : "", text(2), text(rng() % 60)});
        if (d % 17 == 0)
            doc.sections.push_back({"", "", std::string(2000, 'x') + " " + [] {
                                        std::string many;
                                        for (int i = 0; i < 1200; ++i) many += "重複 ";
                                        return many;
                                    }()});
        docs.push_back(std::move(doc));
    }
    return docs;
}

using Files = std::map<std::string, std::string>;

Files reference(const std::vector<search::Doc>& docs) {
    Files files;
    for (auto& [name, bytes] : search::build_index(docs)) files[name] = bytes;
    return files;
}

// The documents added by `threads` threads, spilled to a string when `spill`: in a shuffled order,
// or (seed 0) nearly in document order, as a build adds them (each pair the wrong way round).
// Shuffled, each token's postings are far from sorted and the finish sorts them in full; nearly in
// order, it only moves neighbours (index_builder.cpp's sort_nearly_sorted): both must write the same.
// One thread is what makes "nearly in order" certain; with more, the order is the scheduler's.
Files built(const std::vector<search::Doc>& docs, int threads, bool spill, size_t budget, unsigned seed) {
    Files files;
    std::mutex m;
    std::string disk;
    search::Spill s;
    if (spill) {
        s.write = [&](std::string_view bytes) {
            std::lock_guard<std::mutex> hold(m);
            const uint64_t at = disk.size();
            disk += bytes;
            return at;
        };
        s.read = [&](uint64_t at, size_t size) {
            std::lock_guard<std::mutex> hold(m);
            return disk.substr(at, size);
        };
    }
    search::IndexBuilder builder(
        [&](const std::string& name, std::string bytes) {
            std::lock_guard<std::mutex> hold(m);
            CHECK(files.count(name) == 0);  // each file once
            files[name] = std::move(bytes);
        },
        s, budget);
    std::vector<size_t> order(docs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (seed == 0)
        for (size_t i = 0; i + 1 < order.size(); i += 2) std::swap(order[i], order[i + 1]);
    else
        std::shuffle(order.begin(), order.end(), std::mt19937(seed));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (size_t i = t; i < order.size(); i += threads) builder.add(order[i], docs[order[i]]);
        });
    for (auto& t : pool) t.join();
    auto listing = [&](size_t d) { return search::Listing{docs[d].title, docs[d].url, docs[d].plan}; };
    builder.finish(docs.size(), listing, [](size_t n, const std::function<void(size_t)>& task) {
        std::vector<std::thread> workers;
        for (size_t i = 0; i < n; ++i) workers.emplace_back([&task, i] { task(i); });
        for (auto& w : workers) w.join();
    });
    if (spill && docs.size() > 4) CHECK(!disk.empty());  // the small budget did spill
    return files;
}

}  // namespace

TEST_CASE("IndexBuilder writes build_index's files, in any order, spilled or not", "[search]") {
    for (size_t n : {0, 1, 3, 4, 5, 250, 1500}) {
        const auto docs = random_docs(n, static_cast<unsigned>(n) + 7);
        const Files want = reference(docs);
        CAPTURE(n);
        CHECK(built(docs, 1, false, size_t{48} << 20, 1) == want);
        CHECK(built(docs, 3, false, size_t{48} << 20, 2) == want);
        CHECK(built(docs, 1, false, size_t{48} << 20, 0) == want);
        CHECK(built(docs, 2, false, size_t{48} << 20, 0) == want);
        if (n > 0) CHECK(built(docs, 4, true, 1024, 3) == want);
    }
}
