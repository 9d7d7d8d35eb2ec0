#!/usr/bin/env bash
# Packs Linux x64's trade-analytics tool compiled ahead of time (Native AOT) into FEED, over the ReadyToRun package that
# `dotnet pack TradeAnalytics.sln` made there: the same id (TradeAnalytics.Cli.linux-x64) and version, a native program
# instead of assemblies, so that a cold command starts in a few tens of milliseconds. Run after packing the solution.
# Usage: bash scripts/pack-tool-aot.sh FEED    (from the repository root; needs clang or gcc, as Native AOT links natively)
set -euo pipefail
cd "$(dirname "$0")/.."
feed=${1:?usage: pack-tool-aot.sh FEED}
# A publish folder left by the ReadyToRun pack would be packed along: start from none.
rm -rf src/TradeAnalytics.Cli/bin/Release/net10.0/linux-x64/publish
# Only linux-x64: restoring for the other platforms would ask for their ahead-of-time compilers, which are not served here.
dotnet pack src/TradeAnalytics.Cli -c Release -r linux-x64 -o "$feed" -nologo -v quiet \
  -p:PublishAot=true -p:RuntimeIdentifiers=linux-x64 -p:ToolPackageRuntimeIdentifiers=linux-x64 "${@:2}"
package="$feed/TradeAnalytics.Cli.linux-x64.$(dotnet msbuild src/TradeAnalytics/TradeAnalytics.csproj -getProperty:Version).nupkg"
python3 - "$package" <<'CHECK'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
assert "tools/any/linux-x64/trade-analytics" in names, f"{sys.argv[1]}: no native trade-analytics program in it"
assert not any(n.endswith(".dll") for n in names), f"{sys.argv[1]}: assemblies in a native package"
assert not any(n.endswith(".dbg") for n in names), f"{sys.argv[1]}: debug symbols in the package"
print(f"{sys.argv[1]}: native (Native AOT)")
CHECK
