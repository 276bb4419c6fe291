#!/usr/bin/env bash
# Checks a built dgsm .deb without installing it: control fields, file list, maintainer scripts, and the systemd
# unit as packaged with `systemd-analyze verify` (in a scratch root holding the host's units, the package's unit and
# launcher, since verify requires ExecStart's program to exist). Needs dpkg-deb and systemd (systemd-analyze); no
# systemd as PID 1 needed.
#   packaging/check-deb.sh node/target/dgsm_*_all.deb
set -euo pipefail
deb="${1:?usage: check-deb.sh DGSM.deb}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "check-deb: $*" >&2; exit 1; }

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = dgsm ] || fail "Package is not dgsm"
[ "$(field Architecture)" = all ] || fail "Architecture is not all"
field Depends | grep -q 'java17-runtime-headless' || fail "Depends lacks a Java 17 runtime"

dpkg-deb --extract "$deb" "$work/root"
dpkg-deb --control "$deb" "$work/control"
for f in usr/share/dgsm/dgsm.jar usr/bin/dgsm lib/systemd/system/dgsm.service etc/dgsm/village.yaml \
         usr/share/dgsm/site-configs/templates/village.yaml usr/share/dgsm/site-configs/kamailio/dgsm-village.cfg; do
  [ -e "$work/root/$f" ] || fail "/$f is missing"
done
[ -x "$work/root/usr/bin/dgsm" ] || fail "/usr/bin/dgsm is not executable"
grep -qx /etc/dgsm/village.yaml "$work/control/conffiles" || fail "/etc/dgsm/village.yaml is not a conffile"
for s in postinst prerm postrm; do
  [ -x "$work/control/$s" ] || fail "$s is not executable"
  sh -n "$work/control/$s" || fail "$s is not valid sh"
done
unexpected="$(ls "$work/control" | grep -vxE 'control|md5sums|conffiles|postinst|prerm|postrm' || true)"
[ -z "$unexpected" ] || fail "unexpected files in the control archive: $unexpected"

verify_root="$work/verify"
mkdir -p "$verify_root/lib/systemd/system" "$verify_root/usr/bin"
cp -a /lib/systemd/system/. "$verify_root/lib/systemd/system/"
cp "$work/root/lib/systemd/system/dgsm.service" "$verify_root/lib/systemd/system/"
cp "$work/root/usr/bin/dgsm" "$verify_root/usr/bin/"
out="$(systemd-analyze --root="$verify_root" verify /lib/systemd/system/dgsm.service 2>&1)" || fail "systemd-analyze verify: $out"
[ -z "$out" ] || fail "systemd-analyze verify warns: $out"

java -jar "$work/root/usr/share/dgsm/dgsm.jar" --version >/dev/null || fail "the packaged jar does not run"
echo "check-deb: $deb ok ($(field Version))"
