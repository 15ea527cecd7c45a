/* pool.h - ordered parallel processing of batches of records
 *
 * A filter reads its input in batches (whole lines, never splitting a unit
 * of work such as a document and its records), hands each batch to
 * stp_pool_submit(), and gets the results back through its emit callback
 * in exactly the order it submitted them, whatever the number of threads:
 * the output of -j N is byte-identical to -j 1.
 *
 * Each worker thread owns one context (the `wctx` given for it), so the
 * work function needs no locks: a stemmer cache, scratch buffers and the
 * like live in the context. With one thread nothing is started: the work
 * runs on the caller's thread, inside stp_pool_submit().
 *
 * The work function gets the batch's bytes in `job->in` and writes records
 * to `job->out` and messages (one per line, see stp_pool_msg) to
 * `job->msg`; it returns 0 or a negative stp_err that stops the pool.
 */
#ifndef STP_POOL_H
#define STP_POOL_H

#include "buf.h"

#include <stdint.h>

typedef struct {
    stp_buf  in;       /* the batch (owned by the job) */
    stp_buf  out;      /* records produced */
    stp_buf  msg;      /* messages produced */
    uint64_t first_line;   /* caller's bookkeeping: line of in's first byte */
    uint64_t seq;          /* submission number, from 0 */
    void    *tag;          /* caller's bookkeeping (e.g. the file name) */
    int      rc;           /* the work function's return value */
} stp_job;

typedef int (*stp_pool_work_fn)(void *wctx, stp_job *job);
/* called on the submitting thread, in submission order */
typedef int (*stp_pool_emit_fn)(void *ud, stp_job *job);

typedef struct stp_pool stp_pool;

/*! stp_pool_new() : `nthreads` workers (1: inline), each with wctx[i].
 *  @return 0 or STP_ENOMEM / STP_EINVAL. Free with stp_pool_free(). */
int stp_pool_new(stp_pool **out, int nthreads, stp_pool_work_fn work,
                 void **wctx, stp_pool_emit_fn emit, void *ud);

/*! stp_pool_job() : an empty job to fill (its buffers are reused). */
stp_job *stp_pool_job(stp_pool *p);

/*! stp_pool_submit() : queue the job from stp_pool_job(); emits every job
 *  that is done and whose predecessors are done. May block while the
 *  queue is full. @return 0, or the first non-zero value returned by the
 *  work function or by emit (the pool stops: call stp_pool_free). */
int stp_pool_submit(stp_pool *p, stp_job *job);

/*! stp_pool_drain() : wait for every submitted job and emit it. */
int stp_pool_drain(stp_pool *p);

/* stops the threads (after draining) and frees; NULL is a no-op */
void stp_pool_free(stp_pool *p);

/* message severities, the first byte of each message line in job->msg */
#define STP_MSG_WARN  'W'
#define STP_MSG_ERROR 'E'
/*! stp_pool_msg() : append a message line: severity, then `text`
 *  (no newline inside), then '\n'. */
int stp_pool_msg(stp_job *job, char severity, const char *text, size_t n);

#endif
