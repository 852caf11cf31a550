# A page saved as UTF-16 (Notepad's "Unicode"): not UTF-8.
# expect-stderr: content/plans/alpha/01-purpose.md:1:1: error[encoding.utf16-or-utf32]: the file is UTF-16 LE (byte-order mark)
printf -- '\377\376-\000-\000-\000' >content/plans/alpha/01-purpose.md
