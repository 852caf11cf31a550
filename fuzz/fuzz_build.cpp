// A whole build from a content folder made of the input:
//   site.yaml ‹FF› plans/p/index.md ‹FF› 01-a.md ‹FF› kpi.csv ‹FF› kpi-values.csv
//   ‹FF› glossary.yaml ‹FF› plans/p/glossary.yaml ‹FF› 02-b.md
// (empty parts are left out). The build writes into a temporary folder; nothing may appear
// outside --out but planpub's previous-build folder and lock, and a failed build leaves no output.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/build.hpp"
#include "fuzz_support.hpp"

using namespace planpub;
namespace fs = std::filesystem;

static fs::path g_root;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    // A private folder with the build's folder inside it, so that a write escaping the
    // build's folder by one level would show up beside it.
    std::string tmpl = (fs::temp_directory_path() / "planpub-fuzz-build-XXXXXX").string();
    g_root = fs::path(mkdtemp(tmpl.data())) / "site";
    fs::create_directory(g_root);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const char* kFiles[] = {"site.yaml", "plans/p/index.md", "plans/p/01-a.md", "plans/p/kpi.csv",
                                   "plans/p/kpi-values.csv", "glossary.yaml", "plans/p/glossary.yaml", "plans/p/02-b.md"};
    auto parts = fuzz::split_input(data, size, 8);
    std::error_code ec;
    fs::remove_all(g_root / "content", ec);
    fs::remove_all(g_root / "out", ec);
    fs::create_directories(g_root / "content/plans/p");
    for (size_t i = 0; i < parts.size(); ++i)
        if (!parts[i].empty()) std::ofstream(g_root / "content" / kFiles[i], std::ios::binary) << parts[i];
    BuildOptions opt;
    opt.content_dir = (g_root / "content").string();
    opt.out_dir = (g_root / "out").string();
    opt.jobs = 1 + static_cast<int>(size & 1);
    Diagnostics diags;
    BuildResult r = run_build(opt, diags);
    fuzz::check_diagnostics(diags);
    FUZZ_CHECK(r.ok == !diags.has_errors());
    FUZZ_CHECK(r.ok == fs::is_directory(g_root / "out"));
    for (const auto& e : fs::directory_iterator(g_root)) {  // nothing written beside --out but planpub's own
        std::string name = e.path().filename().string();
        FUZZ_CHECK(name == "content" || name == "out" || name == ".out.planpub-prev" || name == ".out.planpub-lock" ||
                   name == ".out.planpub-cache");
    }
    for (const auto& e : fs::directory_iterator(g_root.parent_path()))  // nor one level up
        FUZZ_CHECK(e.path() == g_root);
    if (r.ok)
        for (const auto& e : fs::recursive_directory_iterator(g_root / "out"))
            FUZZ_CHECK(!e.is_symlink() && (e.is_regular_file() || e.is_directory()));
    return 0;
}
