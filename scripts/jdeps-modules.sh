#!/usr/bin/env bash
# Prints the JDK modules that copydesk.jar and its lib/*.jar refer to, as jdeps finds them:
# the starting point of <jpackage.modules> in pom.xml (profile "package"). Run after
# `mvn -B -o package -DskipTests`. Takes a minute or two.
#
# jdeps stops at jars that are modules themselves (module-info.class) when the modules they
# require are absent or clash, so it is given copies without their module-info.class (needs zip).
# atlantafx-base is left out: 2.1.0 was compiled for Java 21 (class version 65), which the Java 17
# jdeps cannot read; the 2.0.1 now used is Java 17, and either needs nothing but JavaFX, which is
# on the class path.
set -euo pipefail
cd "$(dirname "$0")/.."
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for jar in target/copydesk.jar target/lib/*.jar; do
  case "$(basename "$jar")" in atlantafx-base-*) continue ;; esac
  cp "$jar" "$work/"
  zip -q -d "$work/$(basename "$jar")" 'module-info.class' 'META-INF/versions/*/module-info.class' \
    >/dev/null 2>&1 || true
done
"$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps \
  --class-path "$work/*" "$work"/*.jar
