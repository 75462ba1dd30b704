/** The CLI's usage lines and help text. */
import { version } from '../../../package.json';

/** The synopsis of every command, printed after a usage error. */
export const USAGE = `usage:
  kz-health-coverage evaluate <profile.json | -> [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--json]
  kz-health-coverage evaluate --ndjson [<profiles.ndjson | ->] [--as-of YYYY-MM-DD] [--locale ru|kk|en|ky] [--workers N] [--max-line-bytes N]
  kz-health-coverage validate-rules <dir> [--json] [--locale ru|kk|en|ky]
  kz-health-coverage serve [--port 8080] [--host 127.0.0.1] [--workers N] [--cors <origins>]
  kz-health-coverage openapi [--compact]
  kz-health-coverage --help | --version`;

/** `--help`: what each command and option does. */
export const HELP = `kz-health-coverage ${version} — what public health cover Kazakhstan gives one person on one date, why, and what to do next.

${USAGE}

  evaluate          decide one profile (a JSON file of at most 1 MiB, or - for standard input) and print a summary in words
  --as-of DATE      the date to decide on; without it the profile's own asOf, else today in Kazakhstan (Asia/Almaty)
  --locale L        ru (default), kk, en or ky: the summary and the CLI's own messages
  --json            print the Decision as JSON; errors are JSON too
  --ndjson          one profile a line in, one Decision (or error) a line out, in input order
  --workers N       with --ndjson: spread the lines over N worker threads
  --max-line-bytes N  with --ndjson: a longer line is a too_big error line (default 1048576, 1 MiB)
  validate-rules    check every rule file of a folder: each problem with its file, rule id and path
  serve             the decisions over HTTP (POST /v1/decisions, /v1/decisions:batch; GET /v1/rules,
                    /v1/sources, /v1/vocabulary, /healthz, /openapi.json); --workers N runs N processes
                    (a dead one is started again); --cors lets browser pages of those origins call it;
                    SIGTERM stops after the requests in flight
  openapi           print the server's OpenAPI 3.1 document (also served at /openapi.json)
  -h, --help        this text
  --version         the version

Options take their value as --name value or --name=value. Exit codes: 0 done, 1 invalid input or rules, 2 usage error.`;
