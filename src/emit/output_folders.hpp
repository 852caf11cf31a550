// Emit stage, inside: the folder operations the output writer and the foreign-file checks share —
// the lock file beside --out, folder identities, walking and shaping the previous-build folder,
// the atomic exchange. Not for other stages: they go through output_dir.hpp / output_writer.hpp.
#pragma once
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "emit/output_manifest.hpp"
#include "model/output.hpp"

namespace planpub::output_folders {

namespace fs = std::filesystem;

fs::path normal_out(const std::string& out_dir);
int worker_count(int jobs);
// A small file's bytes (the lock file), never through a symlink; false when unreadable.
bool small_file_bytes(const fs::path& path, std::string& bytes);
// Brings `dir` to exactly the folders and files of the new output: removes what is not wanted
// (and anything that is not a plain file or folder, so nothing is ever written through a link),
// creates the missing folders. Returns false when a folder cannot be made. `only_made`: the folder
// was empty when this build created it and holds only what it wrote, in these folders; it is then
// not walked (a clean build at 2,000 pages spent 50 ms on one core listing what it had just made).
bool shape_tree(const fs::path& dir, const OutputSet& files, const std::set<std::string>& folders, int workers,
                const std::vector<std::string_view>* only_made = nullptr);
// ext2/3/4's "top of a directory hierarchy" mark (chattr +T) on a new folder: the Orlov allocator
// then spreads the folders inside over the disk's block groups instead of packing them near it.
// Right after an output folder was deleted, its group is full of recently freed inodes, which ext4
// without a journal steps over one by one for every new file (the same scan again for each of
// thousands of files); spread out, few new folders land there. Only a hint: file systems without
// the mark refuse it, and the build goes on.
void mark_top_of_tree(const char* dir);
// Exchanges two paths atomically; where the file system cannot, falls back to three renames.
bool exchange(const fs::path& a, const fs::path& b);
// Folders older planpub versions or killed builds left beside the output.
void remove_leftovers(const fs::path& out);
fs::path lock_file(const fs::path& out);
// "device:inode" of a folder: how a later build recognises a folder planpub put in place, even
// after the folder was renamed into --out (the inode travels with it).
std::string folder_identity(const fs::path& p);
bool is_empty_folder(const fs::path& p);
// Records, in the lock file we hold, the folders that may be --out after this build (the one about
// to be put in place and the one there now, in case the build dies between the two) and the files
// planpub wrote into them.
void record_output(int lock_fd, const std::vector<std::string>& folders, const std::set<std::string>& files);
OutputRecord read_record(const fs::path& out);

}  // namespace planpub::output_folders
