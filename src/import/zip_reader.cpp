#include "import/zip_reader.hpp"

#include <zip.h>

#include <algorithm>
#include <fstream>

namespace planpub {

namespace {

const char* const kTooLargeHint =
    "a KPI workbook is small: save the sheet alone as a new .xlsx (docs/limits.md lists the import limits)";

// An OLE compound file holds either an encrypted OOXML package (its EncryptionInfo stream) or a
// binary .xls (its Workbook or Book stream); the stream names are UTF-16LE in the directory.
bool holds_utf16(const std::string& bytes, const std::string& ascii) {
    std::string wide;
    for (char c : ascii) {
        wide += c;
        wide += '\0';
    }
    return bytes.find(wide) != std::string::npos;
}

}  // namespace

ZipArchive::~ZipArchive() {
    if (za_) zip_discard(za_);
}

bool ZipArchive::open(const std::string& path, const std::string& display, Diagnostics& diags) {
    display_ = display;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error({display, 0, 0}, "io.unreadable", "cannot read the file",
                    "check the path and that planpub may read the file");
        return false;
    }
    std::string head(8, '\0');
    in.read(&head[0], 8);
    head.resize(static_cast<size_t>(in.gcount()));
    if (head == std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        // The directory sits anywhere in the file; a few MiB hold it in any workbook planpub reads.
        std::string bytes(4u << 20, '\0');
        in.seekg(0);
        in.read(&bytes[0], static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<size_t>(in.gcount()));
        if (holds_utf16(bytes, "EncryptionInfo") || holds_utf16(bytes, "EncryptedPackage"))
            diags.error(
                {display, 0, 0}, "import.encrypted", "the workbook is encrypted (protected by a password)",
                "open it in Excel, remove the password (ファイル → 情報 → ブックの保護), save and import again");
        else
            diags.error({display, 0, 0}, "import.xls", "this is an old Excel 97-2003 workbook (.xls), not an .xlsx",
                        "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)");
        return false;
    }
    if (head.compare(0, 2, "PK") != 0) {
        diags.error({display, 0, 0}, "import.not-xlsx", "this is not an Excel workbook (.xlsx): it is not a zip file",
                    "save the sheet from Excel as Excel Workbook (.xlsx); CSV files need no import (plans/ID/kpi.csv)");
        return false;
    }
    int err = 0;
    za_ = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!za_) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        diags.error(
            {display, 0, 0}, "import.not-xlsx",
            std::string("this is not an Excel workbook (.xlsx): the zip is damaged (") + zip_error_strerror(&ze) + ")",
            "open it in Excel and save it again as Excel Workbook (.xlsx)");
        zip_error_fini(&ze);
        return false;
    }
    zip_int64_t n = zip_get_num_entries(za_, 0);
    if (n < 0 || static_cast<size_t>(n) > ZipLimits::max_entries) {
        diags.error({display, 0, 0}, "import.too-large",
                    "the file has " + std::to_string(n) + " parts; an .xlsx planpub reads has at most " +
                        std::to_string(ZipLimits::max_entries),
                    kTooLargeHint);
        return false;
    }
    unsigned long long total = 0;
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        if (zip_stat_index(za_, static_cast<zip_uint64_t>(i), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
            total += st.size;
    }
    if (total > ZipLimits::max_total_bytes) {
        diags.error({display, 0, 0}, "import.too-large",
                    "the file unpacks to " + std::to_string(total >> 20) + " MiB; planpub reads at most " +
                        std::to_string(ZipLimits::max_total_bytes >> 20) + " MiB",
                    kTooLargeHint);
        return false;
    }
    return true;
}

bool ZipArchive::has(const std::string& name) const { return za_ && zip_name_locate(za_, name.c_str(), 0) >= 0; }

std::optional<std::string> ZipArchive::read(const std::string& name, Diagnostics& diags, bool required) {
    zip_int64_t index = za_ ? zip_name_locate(za_, name.c_str(), 0) : -1;
    if (index < 0) {
        if (required)
            diags.error({display_, 0, 0}, "import.not-xlsx", "this is not an Excel workbook (.xlsx): it has no " + name,
                        "save the sheet from Excel as Excel Workbook (.xlsx)");
        return std::nullopt;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    zip_stat_index(za_, static_cast<zip_uint64_t>(index), 0, &st);
    if (st.valid & ZIP_STAT_ENCRYPTION_METHOD && st.encryption_method != ZIP_EM_NONE) {
        diags.error({display_, 0, 0}, "import.encrypted", "the workbook's part " + name + " is encrypted",
                    "open it in Excel, remove the password, save and import again");
        return std::nullopt;
    }
    // The declared size is checked before anything is inflated, and the stream is read with the
    // same limit, because a zip bomb's declared size may lie.
    size_t limit = std::min(ZipLimits::max_part_bytes, ZipLimits::max_read_bytes - read_total_);
    auto too_large = [&] {
        diags.error({display_, 0, 0}, "import.too-large",
                    "the workbook's part " + name + " unpacks to more than " + std::to_string(limit >> 20) + " MiB",
                    kTooLargeHint);
        return std::nullopt;
    };
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limit) return too_large();
    zip_file_t* f = zip_fopen_index(za_, static_cast<zip_uint64_t>(index), 0);
    if (!f) {
        diags.error({display_, 0, 0}, "import.not-xlsx",
                    "cannot unpack the workbook's part " + name + ": " + zip_strerror(za_),
                    "open it in Excel and save it again as Excel Workbook (.xlsx)");
        return std::nullopt;
    }
    std::string out;
    char buf[1 << 16];
    zip_int64_t got;
    while ((got = zip_fread(f, buf, sizeof buf)) > 0) {
        if (out.size() + static_cast<size_t>(got) > limit) {
            zip_fclose(f);
            return too_large();
        }
        // More than the zip declared: its header lies, as a zip bomb's does; stop at once.
        if ((st.valid & ZIP_STAT_SIZE) && out.size() + static_cast<size_t>(got) > st.size) {
            zip_fclose(f);
            diags.error({display_, 0, 0}, "import.too-large",
                        "the workbook's part " + name + " unpacks to more than the " + std::to_string(st.size) +
                            " bytes its zip header declares (a zip bomb?)",
                        kTooLargeHint);
            return std::nullopt;
        }
        out.append(buf, static_cast<size_t>(got));
    }
    bool failed = got < 0;
    std::string why = failed ? zip_file_strerror(f) : "";
    zip_fclose(f);
    if (failed) {
        diags.error({display_, 0, 0}, "import.not-xlsx", "cannot unpack the workbook's part " + name + ": " + why,
                    "open it in Excel and save it again as Excel Workbook (.xlsx)");
        return std::nullopt;
    }
    read_total_ += out.size();
    return out;
}

}  // namespace planpub
