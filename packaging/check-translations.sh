#!/usr/bin/env bash
# CI: the zh_CN translation is complete for the sources as they are now. Runs lupdate (the same
# sources and options as resources/translations/ecs-console_zh_CN.ts is made with, but keeping
# obsolete entries so that they can be listed) into a temporary copy of the .ts file and fails
# (exit 1) listing every entry that is unfinished (a new or changed source string without its
# translation) or vanished/obsolete (a translation whose source string is gone or changed).
# The committed file is not touched. Usage: packaging/check-translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh # lupdate (qt6-l10n-tools) on a fresh machine

ts=resources/translations/ecs-console_zh_CN.ts
lupdate=/usr/lib/qt6/bin/lupdate
[[ -x "$lupdate" ]] || lupdate="$(command -v lupdate6 || command -v lupdate)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$ts" "$tmp/ecs-console_zh_CN.ts"
if ! "$lupdate" -silent -locations none core ui app -target-language zh_CN \
  -ts "$tmp/ecs-console_zh_CN.ts" 2>"$tmp/lupdate.log"; then
  cat "$tmp/lupdate.log" >&2
  exit 1
fi

python3 - "$tmp/ecs-console_zh_CN.ts" "$ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

path, shown = sys.argv[1], sys.argv[2]
problems, total = [], 0
for context in ET.parse(path).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        total += 1
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"  {kind:10} {name}: {message.findtext('source')!r}")
if problems:
    print(f"{shown}: {len(problems)} of {total} entries need work (translate them, drop the vanished):")
    print("\n".join(problems))
    print("Update the file with: /usr/lib/qt6/bin/lupdate -locations none -no-obsolete core ui app "
          f"-target-language zh_CN -ts {shown}")
    sys.exit(1)
print(f"{shown}: all {total} entries translated, none vanished")
PY
