# A NUL byte in front matter (yaml-cpp mangles it): refused, naming the byte.
# expect-stderr: content/plans/alpha/01-purpose.md:2:4: error[encoding.control-character]: control character U+0000 (byte
printf -- '---\ntit\000le: x\n---\n' >content/plans/alpha/01-purpose.md
