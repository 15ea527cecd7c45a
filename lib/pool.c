/* pool.c - ordered parallel processing: a ring of jobs, N worker threads */
#include "pool.h"
#include "err.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define POOL_JOBS_PER_THREAD 4

enum { SLOT_FREE, SLOT_FILLING, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE };

struct stp_pool {
    int              nthreads;
    stp_pool_work_fn work;
    void           **wctx;
    stp_pool_emit_fn emit;
    void            *ud;

    stp_job         *jobs;     /* ring of nslots jobs */
    int             *state;
    size_t           nslots;
    uint64_t         next_seq;  /* next submission number */
    uint64_t         next_emit; /* next to emit */
    uint64_t         next_run;  /* next to hand to a worker */
    int              err;
    int              stop;

    pthread_t       *threads;
    int              started;
    pthread_mutex_t  mu;
    pthread_cond_t   work_cv;   /* a job is queued, or stop */
    pthread_cond_t   done_cv;   /* a job is done */
};

typedef struct {
    stp_pool *p;
    int       idx;
} worker_arg;

static void *worker_main(void *arg)
{
    worker_arg *wa = arg;
    stp_pool *p = wa->p;
    void *ctx = p->wctx ? p->wctx[wa->idx] : NULL;
    free(wa);
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && (p->next_run == p->next_seq
                            || p->state[p->next_run % p->nslots] != SLOT_QUEUED))
            pthread_cond_wait(&p->work_cv, &p->mu);
        if (p->stop)
            break;
        size_t slot = p->next_run % p->nslots;
        p->next_run++;
        p->state[slot] = SLOT_RUNNING;
        pthread_mutex_unlock(&p->mu);
        stp_job *job = &p->jobs[slot];
        job->rc = p->work(ctx, job);
        pthread_mutex_lock(&p->mu);
        p->state[slot] = SLOT_DONE;
        pthread_cond_broadcast(&p->done_cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int stp_pool_new(stp_pool **out, int nthreads, stp_pool_work_fn work,
                 void **wctx, stp_pool_emit_fn emit, void *ud)
{
    *out = NULL;
    if (nthreads < 1 || !work || !emit)
        return STP_EINVAL;
    stp_pool *p = calloc(1, sizeof *p);
    if (!p)
        return STP_ENOMEM;
    p->nthreads = nthreads;
    p->work = work;
    p->wctx = wctx;
    p->emit = emit;
    p->ud = ud;
    p->nslots = nthreads == 1 ? 1 : (size_t)nthreads * POOL_JOBS_PER_THREAD;
    p->jobs = calloc(p->nslots, sizeof *p->jobs);
    p->state = calloc(p->nslots, sizeof *p->state);
    if (!p->jobs || !p->state) {
        stp_pool_free(p);
        return STP_ENOMEM;
    }
    if (nthreads > 1) {
        pthread_mutex_init(&p->mu, NULL);
        pthread_cond_init(&p->work_cv, NULL);
        pthread_cond_init(&p->done_cv, NULL);
        p->threads = calloc((size_t)nthreads, sizeof *p->threads);
        if (!p->threads) {
            stp_pool_free(p);
            return STP_ENOMEM;
        }
        for (int i = 0; i < nthreads; i++) {
            worker_arg *wa = malloc(sizeof *wa);
            if (wa) {
                wa->p = p;
                wa->idx = i;
            }
            if (!wa || pthread_create(&p->threads[i], NULL, worker_main, wa) != 0) {
                free(wa);
                stp_pool_free(p);
                return STP_ENOMEM;
            }
            p->started++;
        }
    }
    *out = p;
    return 0;
}

stp_job *stp_pool_job(stp_pool *p)
{
    if (p->nthreads == 1) {
        stp_job *job = &p->jobs[0];
        stp_buf_reset(&job->in);
        stp_buf_reset(&job->out);
        stp_buf_reset(&job->msg);
        job->seq = p->next_seq;
        return job;
    }
    pthread_mutex_lock(&p->mu);
    /* wait for the slot of the next submission to be free: emit what is
       done meanwhile, in order */
    size_t slot = p->next_seq % p->nslots;
    while (p->state[slot] != SLOT_FREE && !p->err) {
        size_t es = p->next_emit % p->nslots;
        if (p->next_emit < p->next_seq && p->state[es] == SLOT_DONE) {
            pthread_mutex_unlock(&p->mu);
            stp_job *job = &p->jobs[es];
            int rc = job->rc ? job->rc : p->emit(p->ud, job);
            pthread_mutex_lock(&p->mu);
            if (rc && !p->err)
                p->err = rc;
            p->state[es] = SLOT_FREE;
            p->next_emit++;
            continue;
        }
        pthread_cond_wait(&p->done_cv, &p->mu);
    }
    p->state[slot] = SLOT_FILLING;
    pthread_mutex_unlock(&p->mu);
    stp_job *job = &p->jobs[slot];
    stp_buf_reset(&job->in);
    stp_buf_reset(&job->out);
    stp_buf_reset(&job->msg);
    job->seq = p->next_seq;
    job->rc = 0;
    return job;
}

int stp_pool_submit(stp_pool *p, stp_job *job)
{
    if (p->nthreads == 1) {
        if (p->err)
            return p->err;
        p->next_seq++;
        int rc = p->work(p->wctx ? p->wctx[0] : NULL, job);
        if (!rc)
            rc = p->emit(p->ud, job);
        if (rc)
            p->err = rc;
        return rc;
    }
    pthread_mutex_lock(&p->mu);
    p->state[job->seq % p->nslots] = SLOT_QUEUED;
    p->next_seq++;
    pthread_cond_signal(&p->work_cv);
    int err = p->err;
    pthread_mutex_unlock(&p->mu);
    return err;
}

int stp_pool_drain(stp_pool *p)
{
    if (p->nthreads == 1)
        return p->err;
    pthread_mutex_lock(&p->mu);
    while (p->next_emit < p->next_seq) {
        size_t es = p->next_emit % p->nslots;
        if (p->state[es] != SLOT_DONE) {
            pthread_cond_wait(&p->done_cv, &p->mu);
            continue;
        }
        pthread_mutex_unlock(&p->mu);
        stp_job *job = &p->jobs[es];
        int rc = p->err ? 0 : job->rc ? job->rc : p->emit(p->ud, job);
        pthread_mutex_lock(&p->mu);
        if (rc && !p->err)
            p->err = rc;
        p->state[es] = SLOT_FREE;
        p->next_emit++;
    }
    int err = p->err;
    pthread_mutex_unlock(&p->mu);
    return err;
}

void stp_pool_free(stp_pool *p)
{
    if (!p)
        return;
    if (p->nthreads > 1) {
        if (p->started) {
            pthread_mutex_lock(&p->mu);
            /* let queued work finish so workers are not mid-job */
            while (p->next_run < p->next_seq) {
                pthread_cond_signal(&p->work_cv);
                pthread_cond_wait(&p->done_cv, &p->mu);
            }
            p->stop = 1;
            pthread_cond_broadcast(&p->work_cv);
            pthread_mutex_unlock(&p->mu);
            for (int i = 0; i < p->started; i++)
                pthread_join(p->threads[i], NULL);
        }
        pthread_mutex_destroy(&p->mu);
        pthread_cond_destroy(&p->work_cv);
        pthread_cond_destroy(&p->done_cv);
        free(p->threads);
    }
    if (p->jobs) {
        for (size_t i = 0; i < p->nslots; i++) {
            stp_buf_free(&p->jobs[i].in);
            stp_buf_free(&p->jobs[i].out);
            stp_buf_free(&p->jobs[i].msg);
        }
    }
    free(p->jobs);
    free(p->state);
    free(p);
}

int stp_pool_msg(stp_job *job, char severity, const char *text, size_t n)
{
    int rc = stp_buf_putc(&job->msg, severity);
    if (!rc)
        rc = stp_buf_put(&job->msg, text, n);
    if (!rc)
        rc = stp_buf_putc(&job->msg, '\n');
    return rc;
}
