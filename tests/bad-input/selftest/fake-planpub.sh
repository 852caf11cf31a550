#!/usr/bin/env bash
# A planpub that builds the base site, then misbehaves as FAKE_MODE says: the self-test proves
# that run.py notices each way of misbehaving.
set -u
if [ ! -d public ]; then mkdir public && echo site >public/index.html && exit 0; fi
say_error() { printf 'content/site.yaml:1:1: error[fake.error]: broken\n  hint: fix it\n' >&2; }
links() { mkdir -p public.new && for _ in $(seq "$1"); do echo '<a class="term" href="#t">t</a>'; done >public.new/index.html; rm -rf public && mv public.new public; }
case $FAKE_MODE in
  pass) say_error; exit 1 ;;                                            # behaves: the control
  wrong-exit) say_error; exit 0 ;;
  hang) sleep 30 ;;
  crash) say_error; echo '==1==ERROR: AddressSanitizer: heap-buffer-overflow' >&2; exit 1 ;;
  no-hint) echo 'content/site.yaml:1:1: error[fake.error]: broken' >&2; exit 1 ;;
  write-outside) say_error; echo x >escaped.txt; exit 1 ;;
  touch-content) say_error; echo x >>content/site.yaml; exit 1 ;;
  touch-public) say_error; echo x >public/index.html; exit 1 ;;
  leave-staging) say_error; mkdir .public.planpub-tmp-1-1; exit 1 ;;
  bad-utf8) say_error; printf '\377\n' >&2; exit 1 ;;
  memory) say_error; head -c 300000000 /dev/zero | python3 -c 'import sys; d = sys.stdin.buffer.read(); sys.exit(1)' ; exit 1 ;;
  links-3) links 3 ;;                                                   # output-count's control
  links-4) links 4 ;;
  reads-unreadable) if cat content/site.yaml >/dev/null 2>&1; then exit 0; fi; say_error; exit 1 ;;
esac
