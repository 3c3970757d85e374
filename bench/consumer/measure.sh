#!/usr/bin/env bash
# A fresh consumer's build times, three ways (see BENCHMARKS.md, "A consumer's build"):
#   dependency   - the prebuilt exo-bindings-exchange-online jar as a dependency (the README's first path)
#   plugin-split - the plugin in a bindings module of its own, the user's code in another (the recommended layout)
#   plugin-same  - the plugin in the user's own module (zero configuration; every edit recompiles the bindings)
# For each: the first build (`mvn compile` from clean) and the rebuild after editing one of the user's classes.
# The project is installed into a private local repository (seeded from ~/.m2 without exo-bindings artifacts), so
# nothing outside the work directory changes; one untimed build per consumer first fetches what Maven itself needs,
# so the timed builds are offline and measure building, not downloading. Run from the repository root: bash bench/consumer/measure.sh [work-dir]
set -euo pipefail
root=$(pwd)
work=${1:-$(mktemp -d)}
repo="$work/repo"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
mvn() { "$root/mvnw" -B -ntp -q -Dmaven.repo.local="$repo" "$@"; }
seconds() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); awk "BEGIN { printf \"%.1f\", ($end - $start) / 1e9 }"; }

mkdir -p "$repo"
cp -r "$HOME/.m2/repository/." "$repo/"
rm -rf "$repo/dev/exobindings"
mvn -o install -DskipTests -DskipITs=true -pl runtime,bindings-exchange-online,maven-plugin -am

main_class() { # $1 = directory, $2 = bindings package, $3 = a word that changes between builds
  mkdir -p "$1/src/main/java/com/example/app"
  cat > "$1/src/main/java/com/example/app/Main.java" <<JAVA
package com.example.app;

import $2.GetMailbox;
import dev.exobindings.runtime.value.ResultSize;

public final class Main {
    public static void main(String[] args) {
        System.out.println("$3 " + GetMailbox.all().resultSize(ResultSize.unlimited()).toJson());
    }
}
JAVA
}
pom() { # $1 = file, $2 = artifactId, $3 = packaging, $4 = extra xml
  cat > "$1" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId><artifactId>$2</artifactId><version>1.0</version><packaging>$3</packaging>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  $4
</project>
XML
}
dep() { echo "<dependency><groupId>$1</groupId><artifactId>$2</artifactId><version>$3</version></dependency>"; }
plugin="<build><plugins><plugin><groupId>dev.exobindings</groupId><artifactId>exo-bindings-maven-plugin</artifactId><version>$version</version><executions><execution><goals><goal>generate</goal></goals><configuration><packageName>com.example.exo</packageName></configuration></execution></executions></plugin></plugins></build>"

# dependency path
d="$work/dependency"; mkdir -p "$d"
pom "$d/pom.xml" dependency jar "<dependencies>$(dep dev.exobindings exo-bindings-exchange-online "$version")</dependencies>"
main_class "$d" dev.exobindings.exo first
# plugin, bindings in their own module
s="$work/plugin-split"; mkdir -p "$s/exo-bindings" "$s/app"
pom "$s/pom.xml" plugin-split pom "<modules><module>exo-bindings</module><module>app</module></modules>"
pom "$s/exo-bindings/pom.xml" exo-bindings jar "<dependencies>$(dep dev.exobindings exo-bindings-runtime "$version")</dependencies>$plugin"
pom "$s/app/pom.xml" app jar "<dependencies>$(dep com.example exo-bindings 1.0)</dependencies>"
main_class "$s/app" com.example.exo first
# plugin in the user's own module
p="$work/plugin-same"; mkdir -p "$p"
pom "$p/pom.xml" plugin-same jar "<dependencies>$(dep dev.exobindings exo-bindings-runtime "$version")</dependencies>$plugin"
main_class "$p" com.example.exo first

echo "| path | first build (s) | rebuild after editing one class (s) |"
echo "|---|---:|---:|"
for case in dependency:dev.exobindings.exo:. plugin-split:com.example.exo:app plugin-same:com.example.exo:.; do
  IFS=: read -r name pkg src <<<"$case"
  dir="$work/$name"
  mvn -f "$dir/pom.xml" compile >/dev/null          # untimed: downloads what Maven itself needs
  find "$dir" -name target -type d -prune -exec rm -rf {} +
  first=$(seconds mvn -o -f "$dir/pom.xml" compile)
  main_class "$dir/$src" "$pkg" edited
  again=$(seconds mvn -o -f "$dir/pom.xml" compile)
  echo "| $name | $first | $again |"
done
