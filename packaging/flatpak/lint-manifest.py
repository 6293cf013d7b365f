#!/usr/bin/python3
"""Checks the Flatpak manifest as far as a machine without Flathub can.

The manifest must be valid YAML with the fields flatpak-builder needs, use the KDE runtime, keep
the narrowest permissions (no network, no home or host files; Wayland with fallback X11; PulseAudio),
build libqrencode as a module from a pinned https archive, and every local file it names must
exist. When flatpak-builder is installed, its own parser reads the file too, and any warning it
prints (an unknown property, for example) fails the check.

    lint-manifest.py MANIFEST.yml
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

FORBIDDEN_ARGS = (
    "--share=network",
    "--filesystem=host",
    "--filesystem=home",
    "--filesystem=host-etc",  # documented as the administrator's opt-in, never the default
    "--socket=x11",  # fallback-x11 only: X11 when there is no Wayland
    "--socket=session-bus",
    "--socket=system-bus",
    "--device=all",
)
REQUIRED_ARGS = ("--socket=wayland", "--socket=fallback-x11", "--socket=pulseaudio")
LOCAL_SOURCE_TYPES = ("dir", "file", "patch", "script")


def lint(path):
    problems = []
    base = os.path.dirname(os.path.abspath(path))
    with open(path, encoding="utf-8") as stream:
        manifest = yaml.safe_load(stream)
    if not isinstance(manifest, dict):
        return [f"{path}: not a YAML mapping"]

    app_id = manifest.get("app-id") or manifest.get("id")
    expected_id = os.path.basename(path).rsplit(".", 1)[0]
    if app_id != expected_id:
        problems.append(f"app-id {app_id!r} differs from the file name {expected_id!r}")
    for key in ("runtime", "runtime-version", "sdk", "command", "modules", "finish-args"):
        if key not in manifest:
            problems.append(f"missing {key!r}")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        problems.append("runtime/sdk must be org.kde.Platform / org.kde.Sdk (Qt 6)")
    if not re.fullmatch(r"6\.\d+", str(manifest.get("runtime-version", ""))):
        problems.append(f"runtime-version {manifest.get('runtime-version')!r} is not a Qt 6 KDE runtime")

    args = manifest.get("finish-args") or []
    for arg in args:
        if any(arg == bad or arg.startswith(bad + ":") for bad in FORBIDDEN_ARGS):
            problems.append(f"finish-args: {arg} is wider than Pauzeknop needs")
        if arg.startswith("--filesystem="):
            problems.append(f"finish-args: {arg}: files go through the portal, no file access")
    for arg in REQUIRED_ARGS:
        if arg not in args:
            problems.append(f"finish-args: {arg} is missing")

    modules = manifest.get("modules") or []
    names = [module.get("name") for module in modules if isinstance(module, dict)]
    if "libqrencode" not in names:
        problems.append("no libqrencode module (the KDE runtime does not ship it)")
    if not names or names[-1] != "pauzeknop":
        problems.append("the last module must build pauzeknop")
    for module in modules:
        if not isinstance(module, dict):
            problems.append(f"module {module!r} is not a mapping (a separate file is not allowed here)")
            continue
        name = module.get("name")
        if not module.get("buildsystem"):
            problems.append(f"module {name}: no buildsystem")
        for source in module.get("sources") or []:
            kind = source.get("type")
            if kind in LOCAL_SOURCE_TYPES:
                for key in ("path", "paths"):
                    values = source.get(key)
                    for value in [values] if isinstance(values, str) else values or []:
                        if not os.path.exists(os.path.join(base, value)):
                            problems.append(f"module {name}: {kind} {value} does not exist")
            elif kind in ("archive", "git"):
                url = source.get("url", "")
                if not url.startswith("https://"):
                    problems.append(f"module {name}: {url!r} is not an https address")
                if kind == "archive" and not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                    problems.append(f"module {name}: archive without a sha256")
                if kind == "git" and not source.get("commit"):
                    problems.append(f"module {name}: git source not pinned to a commit")
            else:
                problems.append(f"module {name}: unexpected source type {kind!r}")

    builder = shutil.which("flatpak-builder")
    if builder:
        # flatpak-builder keeps a .flatpak-builder folder in its working folder: use a scratch one.
        with tempfile.TemporaryDirectory() as scratch:
            run = subprocess.run([builder, "--show-manifest", os.path.abspath(path)],
                                 capture_output=True, text=True, cwd=scratch)
        if run.returncode != 0 or "WARNING" in run.stderr or "rror" in run.stderr:
            problems.append(f"flatpak-builder --show-manifest: {run.stderr.strip() or run.returncode}")
        else:
            print("flatpak-builder parses the manifest without a warning")
    else:
        print("flatpak-builder is not installed: its own parser was not run")
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = lint(sys.argv[1])
    for problem in problems:
        print(f"{sys.argv[1]}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{sys.argv[1]}: manifest is sound (YAML, KDE runtime, permissions, sources)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
