/* cli.h - what every stopa binary shares: messages, exit status, output
 *
 * Messages go to standard error as "prog: file:line: doc ID: reason". The
 * exit status follows docs/FORMAT.md: 0 success, 1 some input was bad but
 * the run went on, 2 usage error or the run could not go on. Standard
 * output is checked at exit: a failed write or close is an error (2).
 */
#ifndef STP_CLI_H
#define STP_CLI_H

#include "buf.h"
#include "input.h"

#include <stddef.h>
#include <stdint.h>

#define STP_EXIT_OK    0
#define STP_EXIT_INPUT 1
#define STP_EXIT_FATAL 2

extern const char *stp_cli_prog;

/* set the program name, restore default SIGPIPE, check stdout at exit */
void stp_cli_init(const char *prog);

/* "prog: [file[:line]: ][doc ID: ]message"; file or doc may be NULL,
   line 0 is left out. Warnings do not change the exit status. `kind` is
   what --stats counts the message under ("bad record", "invalid UTF-8":
   stp_cli_kind() of the stp_err behind it, or a short name of the
   filter's own); NULL for a message that is not counted (a total of
   messages counted already). */
void stp_cli_warn(const char *kind, const char *file, uint64_t line, const char *doc,
                  const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* the same, and the exit status becomes at least 1 */
void stp_cli_error(const char *kind, const char *file, uint64_t line, const char *doc,
                   const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* the kind of message an stp_err code makes, as --stats counts it: the
   record errors (bad escape, wrong fields, not a number, unknown kind) are
   all "bad record"; a static string, never NULL */
const char *stp_cli_kind(int code);
/* a message and exit(status) */
_Noreturn void stp_cli_die(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* a usage error: the message, "Try 'prog --help'.", exit 2 */
_Noreturn void stp_cli_usage(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* write all of b to standard output and empty it; a failed write dies (2) */
void stp_cli_flush(stp_buf *b);
/* 0, or 1 once any stp_cli_error() was called */
int stp_cli_status(void);

/* number of online processors (at least 1) */
int stp_cli_ncpu(void);

/* PREFIX/rel into out (size n), where PREFIX is the directory above the one
   holding the running binary (/proc/self/exe: PREFIX/bin/tag), so that an
   installed tree finds its data after being moved. @return 0, or -1 when
   the binary's place is unknown or the path does not fit. */
int stp_cli_prefix_path(char *out, size_t n, const char *rel);

/* --stats and --progress, shared by the filters.
 *
 * The meter watches what a filter writes (every stp_cli_flush()) and what
 * it reads (the input registered with stp_cli_meter_input()): documents by
 * language come from the doc records written, and the filter's own kind
 * (normalize doc, tag ent, relate rel, incidents incident) is counted by
 * its type, predicate or kind; in --table mode only the rows are seen, so
 * documents are not counted. Warnings and errors are counted by the kind
 * given to stp_cli_warn() and stp_cli_error(). Sentences and tokens are
 * what the filter adds with stp_cli_meter_text(). Progress goes to
 * standard error at most 4 times a second; the summary when
 * stp_cli_meter_end() is called. Called from the main thread only (as
 * stp_cli_flush()), so a filter with worker threads hands its counts back
 * with each batch (jobs.h) and the summary is the same for every -j. */
#define STP_CLI_PROGRESS_OFF    0
#define STP_CLI_PROGRESS_AUTO   1   /* when standard error is a terminal */
#define STP_CLI_PROGRESS_ALWAYS 2

/* the argument of --progress[=WHEN]: NULL or "auto", "always", "never";
   anything else is a usage error */
int stp_cli_progress_arg(const char *arg);
/* start the clock. own: the record kind the filter writes ("doc", "ent",
   "rel", "incident"); table: its output is a --table; files/nfiles: the
   inputs (none means standard input) whose sizes give percent and ETA */
void stp_cli_meter_begin(int stats, int progress, const char *own, int table,
                         char *const *files, int nfiles);
/* the input being read now, or NULL once it is done (before freeing it) */
void stp_cli_meter_input(const stp_input *in);
/* count n messages of `kind` (error: 1, warning: 0) that were not printed
   one by one */
void stp_cli_meter_kind(int error, const char *kind, uint64_t n);
/* the filter splits documents into sentences and tokens: the summary
   gets their lines (0 included). scope: NULL when every document is
   split, else which ones are ("with two or more entity mentions"): the
   summary then says how many documents were split. Call after
   stp_cli_meter_begin(). */
void stp_cli_meter_text_begin(const char *scope);
/* add the documents split, and their sentences and tokens */
void stp_cli_meter_text(uint64_t docs, uint64_t sentences, uint64_t tokens);
/* a chance to redraw the progress line (cheap: call it per record) */
void stp_cli_meter_tick(void);
/* clear the progress line; print the summary when --stats was given */
void stp_cli_meter_end(void);

#endif
