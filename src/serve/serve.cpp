#include "serve/serve.hpp"

#include <httplib.h>
#include <poll.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "app/pages.hpp"
#include "app/producers.hpp"
#include "app/site_build.hpp"
#include "emit/output_dir.hpp"
#include "serve/attachment_file.hpp"
#include "serve/host_check.hpp"
#include "serve/live_site.hpp"
#include "serve/reload_script.hpp"
#include "text/utf8.hpp"
#include "serve/watcher.hpp"
#include "vocab/routes.hpp"

namespace planpub {
namespace {

using Clock = std::chrono::steady_clock;

constexpr size_t kWorkers = 96;
// The print editions and the search index catch up with edited pages once no edit came for this
// long (a second: longer than between saves while typing, short enough to feel immediate).
constexpr int kCatchUpAfterMs = 1000;

struct FileCloser {
    explicit FileCloser(int f) : fd(f) {}
    ~FileCloser() { ::close(fd); }
    int fd;
};

// The reload script goes into served HTML only; the built site never carries it.
std::string with_reload_script(const std::string& html) {
    const std::string tag = "<script src=\"/__planpub/reload.js\" defer=\"defer\"></script>\n";
    size_t body = html.rfind("</body>");
    return body == std::string::npos ? html + tag : html.substr(0, body) + tag + html.substr(body);
}

std::string diagnostics_text(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.sorted()) s += format_diagnostic(x);
    return s;
}

void answer(const LiveSite& live, const httplib::Request& req, httplib::Response& res) {
    auto snap = live.get();
    std::string path = req.path.empty() ? "/" : req.path;
    if (path.find("/../") != std::string::npos || path.find("/..", path.size() - 3) != std::string::npos) {
        res.status = 400;
        return;
    }
    std::string key = path.substr(1);
    if (key.empty() || key.back() == '/') key += routes::home();  // a folder's index page
    const ServedFile* it = snap->find(key);
    if (!it && snap->find(key + "/" + routes::home())) {
        res.set_redirect(path + "/");
        return;
    }
    if (!it) {
        res.status = 404;
        const ServedFile* nf = snap->find(routes::not_found());
        std::string page = nf && nf->bytes
                               ? *nf->bytes
                               : "<!DOCTYPE html><title>404</title><p>" + html_escape(key) + " がありません。</p>";
        res.set_content(with_reload_script(page), "text/html; charset=utf-8");
        return;
    }
    std::string type = routes::media_type_of(key);
    res.set_header("Cache-Control", "no-store");
    if (it->bytes) {
        const std::string& bytes = *it->bytes;
        res.set_content(type.rfind("text/html", 0) == 0 ? with_reload_script(bytes) : bytes, type);
        return;
    }
    long long size = 0;
    int fd = snap->content ? open_regular_beneath(snap->content->fd(), it->beneath_content, size) : -1;
    if (fd < 0) {
        std::fprintf(
            stderr,
            "planpub: warning[serve.attachment-changed]: %s is no longer the regular file it was when the site was "
            "built (gone, a symlink, a FIFO or a folder): not served\n  hint: the next rebuild picks up the change; "
            "attachments must be regular files inside the content folder\n",
            it->beneath_content.c_str());
        res.status = 404;
        res.set_content("not found\n", "text/plain; charset=utf-8");
        return;
    }
    // Streamed in 64 KiB pieces read at their offset: a large file is never held in memory, and
    // cpp-httplib serves Range requests from the same provider.
    auto file = std::make_shared<FileCloser>(fd);
    res.set_content_provider(
        static_cast<size_t>(size), type, [file](size_t offset, size_t length, httplib::DataSink& sink) {
            char buf[64 * 1024];
            ssize_t n = ::pread(file->fd, buf, std::min(length, sizeof buf), static_cast<off_t>(offset));
            if (n <= 0) return false;  // the file shrank or failed: end the response
            return sink.write(buf, static_cast<size_t>(n));
        });
}

bool is_editor_noise(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    return name.empty() || name.back() == '~' || name.rfind(".#", 0) == 0 || name.find(".swp") != std::string::npos ||
           name.find(".swx") != std::string::npos || name == "4913";  // vim's write test file
}

bool is_page_file(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    return path.find("/plans/") != std::string::npos && name != "index.md" && name.size() > 3 &&
           name.compare(name.size() - 3, 3, ".md") == 0;
}

}  // namespace

int run_serve(const ServeOptions& opt) {
    // Signals go to a signalfd read by this thread, so Ctrl-C stops the server cleanly.
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &mask, nullptr);
    int sfd = signalfd(-1, &mask, SFD_CLOEXEC);

    httplib::Server server;
    int port = opt.port;
    if (port == 0) {
        port = server.bind_to_any_port("127.0.0.1");
    } else if (!server.bind_to_port("127.0.0.1", port)) {
        std::fprintf(stderr,
                     "planpub: error[serve.port-busy]: cannot listen on 127.0.0.1:%d\n  hint: pass another --port\n",
                     port);
        return 2;
    }
    if (port < 0) {
        std::fprintf(stderr,
                     "planpub: error[serve.no-port]: cannot listen on 127.0.0.1: no free port\n"
                     "  hint: pass a free port with --port, or stop programs that hold many connections\n");
        return 2;
    }

    BuildOptions bo;
    bo.content_dir = opt.content_dir;
    bo.base_url = "http://127.0.0.1:" + std::to_string(port) + "/";
    bo.write = false;
    bo.jobs = opt.jobs;

    LiveSite live;
    std::unique_ptr<SiteBuild> current;
    bool last_full_failed = false;
    auto publish_failure = [&](const Diagnostics& d) {
        auto next = std::make_shared<Snapshot>(*live.get());
        next->version++;
        next->errors = diagnostics_text(d);
        std::fputs(next->errors.c_str(), stderr);
        std::fprintf(stderr, "planpub: the rebuild failed; still serving the last good site\n");
        live.publish(next);
    };
    // Plans whose print edition and the search index lag behind edited pages. What holds the text of
    // many pages is made again once edits pause, so that no edit waits for it: the print edition of
    // each plan touched (0.4 s for a 1,000-page plan) and the search index (2 s at 20,000 pages).
    std::set<std::string> behind;
    auto catch_up = [&]() {
        auto now = live.get();
        FileMap files = *now->files;  // a new base: the last one, the edited pages, what follows them
        for (const auto& [path, f] : now->edited) files[path] = f;
        SiteOutputs print;
        Diagnostics quiet;  // the pages' own diagnostics were reported when they were edited
        print_editions_of(*current, behind, print, quiet);
        for (OutputFile& f : print.files) files[f.path] = {std::make_shared<const std::string>(std::move(f.bytes)), ""};
        // The number of shards and text files follows the text, so the old search/ files go first.
        SiteOutputs search;
        produce_search(*current, search, quiet);
        for (auto it = files.begin(); it != files.end();)
            it = it->first.rfind(routes::search_file(""), 0) == 0 ? files.erase(it) : std::next(it);
        for (OutputFile& f : search.files)
            files[f.path] = {std::make_shared<const std::string>(std::move(f.bytes)), ""};
        auto after = std::make_shared<Snapshot>(*now);
        after->version++;
        after->edited.clear();
        after->files = std::make_shared<const FileMap>(std::move(files));
        live.publish(after);
        behind.clear();
    };
    auto full_build = [&]() {
        auto started = Clock::now();
        Diagnostics d;
        auto b = build_site(bo, d);
        if (!b || d.has_errors()) {
            last_full_failed = true;
            publish_failure(d);
            return;
        }
        auto next = std::make_shared<Snapshot>();
        next->version = live.get()->version + 1;
        next->content = std::make_shared<const DirectoryHandle>(opt.content_dir);
        FileMap files;
        take_outputs(b->outputs, opt.content_dir, files);
        next->files = std::make_shared<const FileMap>(std::move(files));
        current = std::move(b);
        behind.clear();  // a full build made everything again
        last_full_failed = false;
        live.publish(next);
        if (d.warning_count()) std::fputs(diagnostics_text(d).c_str(), stderr);
        std::fprintf(stderr, "planpub: built %zu pages in %.0f ms\n", current->jobs.size(),
                     std::chrono::duration<double, std::milli>(Clock::now() - started).count());
    };
    full_build();

    // A slow or stalled client must not hold the preview: reads and writes time out, bodies are
    // small (serve takes no uploads), and the pool is large enough that 50 trickling sockets still
    // leave threads for the browser.
    server.set_read_timeout(5, 0);
    server.set_write_timeout(5, 0);
    server.set_keep_alive_timeout(5);
    server.set_payload_max_length(64 * 1024);
    server.new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
    server.set_pre_routing_handler([port](const httplib::Request& req, httplib::Response& res) {
        if (is_loopback_host(req.get_header_value("Host"), port)) return httplib::Server::HandlerResponse::Unhandled;
        res.status = 421;  // Misdirected Request: another name pointed at this machine (DNS rebinding)
        res.set_content("planpub serve answers only to 127.0.0.1, localhost and [::1]\n", "text/plain; charset=utf-8");
        return httplib::Server::HandlerResponse::Handled;
    });
    server.Get("/__planpub/reload.js", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(kReloadScript, "text/javascript; charset=utf-8");
    });
    server.Get("/__planpub/status", [&live](const httplib::Request&, httplib::Response& res) {
        auto s = live.get();
        res.set_header("Cache-Control", "no-store");
        res.set_content(nlohmann::json{{"version", s->version}, {"errors", s->errors}}.dump(), "application/json");
    });
    server.Get(".*", [&live](const httplib::Request& req, httplib::Response& res) { answer(live, req, res); });
    std::thread listener([&] { server.listen_after_bind(); });
    std::fprintf(stderr, "planpub: serving http://127.0.0.1:%d/ — watching %s (Ctrl-C stops)\n", port,
                 opt.content_dir.c_str());

    std::vector<std::string> roots = {opt.content_dir};
    // A theme folder outside the content folder is watched too (inside it, it already is).
    if (current && !current->site.config.theme.empty()) {
        std::string theme = opt.content_dir + "/" + current->site.config.theme;
        if (!path_is_inside(theme, opt.content_dir)) roots.push_back(theme);
    }
    auto watcher = std::make_unique<DirectoryWatcher>(roots);
    if (!watcher->ok())
        std::fprintf(stderr,
                     "planpub: warning[serve.no-watch]: cannot watch %s; rebuilds are off\n"
                     "  hint: too many file watchers are open (fs.inotify.max_user_instances): close some, or restart "
                     "planpub serve after each change\n",
                     opt.content_dir.c_str());
    for (;;) {
        struct pollfd fds[2] = {{sfd, POLLIN, 0}, {watcher->fd(), POLLIN, 0}};
        const int ready = ::poll(fds, watcher->ok() ? 2 : 1, behind.empty() ? -1 : kCatchUpAfterMs);
        if (ready < 0 && errno != EINTR) break;
        if (ready == 0) {  // edits have paused
            catch_up();
            continue;
        }
        if (fds[0].revents & POLLIN) break;  // SIGINT / SIGTERM
        if (!(fds[1].revents & POLLIN)) continue;
        // Editors write a file in several steps; wait a moment for the rest before rebuilding.
        std::vector<std::string> changed = watcher->read_changes();
        for (;;) {
            struct pollfd more = {watcher->fd(), POLLIN, 0};
            if (::poll(&more, 1, 5) <= 0) break;
            for (auto& p : watcher->read_changes()) changed.push_back(p);
        }
        if (watcher->root_replaced()) {
            // The folder was swapped under us: watch the new one and rebuild everything.
            std::fprintf(stderr, "planpub: %s was replaced; watching the new folder\n", opt.content_dir.c_str());
            watcher = std::make_unique<DirectoryWatcher>(roots);
            full_build();
            continue;
        }
        std::set<std::string> paths;
        for (const auto& p : changed)
            if (!is_editor_noise(p)) paths.insert(p);
        if (paths.empty()) continue;
        bool pages_only = current && !last_full_failed;
        for (const auto& p : paths) pages_only = pages_only && is_page_file(p);
        if (!pages_only) {
            full_build();
            continue;
        }
        auto started = Clock::now();
        Diagnostics d;
        bool need_full = false, failed = false;
        std::vector<std::string> rebuilt;
        for (const auto& p : paths) {
            PageRebuild r = rebuild_page(*current, p, d);
            need_full = need_full || r == PageRebuild::NeedsFullBuild;
            failed = failed || r == PageRebuild::Failed;
        }
        if (need_full) {
            full_build();
        } else if (failed) {
            publish_failure(d);
        } else {
            auto next = std::make_shared<Snapshot>(*live.get());
            next->version++;
            next->errors.clear();
            for (size_t i = 0; i < current->pages.size() && i < current->jobs.size(); ++i) {
                PageResult& page = current->pages[i];
                if (page.html.empty()) continue;  // not re-rendered by rebuild_page
                const std::string path = page_path(current->jobs[i]);
                behind.insert(path.substr(0, path.find('/')));
                next->edited[path] = {std::make_shared<const std::string>(std::move(page.html)), ""};
                page.html.clear();
            }
            live.publish(next);
            std::fprintf(stderr, "planpub: rebuilt %zu page(s) in %.1f ms\n", paths.size(),
                         std::chrono::duration<double, std::milli>(Clock::now() - started).count());
        }
    }
    server.stop();
    listener.join();
    if (sfd >= 0) ::close(sfd);
    std::fprintf(stderr, "planpub: stopped\n");
    return 0;
}

}  // namespace planpub
