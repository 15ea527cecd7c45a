/* test_pool.c - ordered parallel processing gives the same output as one thread */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "err.h"
#include "pool.h"

typedef struct { int id; uint64_t jobs; } wctx_t;

/* work: upper-case the batch, tag each line with the batch's first line
   number; sleep a little now and then so that jobs finish out of order */
static int work(void *ctx, stp_job *job)
{
    wctx_t *w = ctx;
    w->jobs++;
    if (job->seq % 7 == 3) {
        struct timespec ts = { 0, 2000000 };
        nanosleep(&ts, NULL);
    }
    for (size_t i = 0; i < job->in.len; i++) {
        char c = job->in.p[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 32);
        if (stp_buf_putc(&job->out, c))
            return STP_ENOMEM;
    }
    char m[32];
    int n = snprintf(m, sizeof m, "batch %llu", (unsigned long long)job->first_line);
    return stp_pool_msg(job, STP_MSG_WARN, m, (size_t)n);
}

static int emit(void *ud, stp_job *job)
{
    stp_buf *all = ud;
    if (stp_buf_put(all, job->out.p, job->out.len))
        return STP_ENOMEM;
    return stp_buf_put(all, job->msg.p, job->msg.len);
}

static void run(int threads, int njobs, stp_buf *all)
{
    wctx_t ctx[8] = {{0}};
    void *wctx[8];
    for (int i = 0; i < 8; i++) {
        ctx[i].id = i;
        wctx[i] = &ctx[i];
    }
    stp_pool *p;
    assert_int_equal(stp_pool_new(&p, threads, work, wctx, emit, all), 0);
    for (int j = 0; j < njobs; j++) {
        stp_job *job = stp_pool_job(p);
        char line[64];
        int n = snprintf(line, sizeof line, "line %d of the batch\n", j);
        assert_int_equal(stp_buf_put(&job->in, line, (size_t)n), 0);
        job->first_line = (uint64_t)j + 1;
        assert_int_equal(stp_pool_submit(p, job), 0);
    }
    assert_int_equal(stp_pool_drain(p), 0);
    stp_pool_free(p);
    uint64_t total = 0;
    for (int i = 0; i < threads; i++)
        total += ctx[i].jobs;
    assert_int_equal(total, (uint64_t)njobs);
}

static void same_output_any_threads(void **state)
{
    (void)state;
    stp_buf one = {0}, three = {0}, eight = {0};
    run(1, 500, &one);
    run(3, 500, &three);
    run(8, 500, &eight);
    assert_true(one.len > 500 * 20);
    assert_int_equal(one.len, three.len);
    assert_memory_equal(one.p, three.p, one.len);
    assert_int_equal(one.len, eight.len);
    assert_memory_equal(one.p, eight.p, one.len);
    /* order is submission order */
    assert_non_null(strstr(stp_buf_cstr(&three), "LINE 0 OF THE BATCH\nWbatch 1\nLINE 1"));
    stp_buf_free(&one);
    stp_buf_free(&three);
    stp_buf_free(&eight);
}

static int failing_work(void *ctx, stp_job *job)
{
    (void)ctx;
    return job->seq == 5 ? STP_EINVAL : 0;
}

static void error_stops_pool(void **state)
{
    (void)state;
    stp_buf all = {0};
    for (int threads = 1; threads <= 2; threads++) {
        stp_pool *p;
        assert_int_equal(stp_pool_new(&p, threads, failing_work, NULL, emit, &all), 0);
        int rc = 0;
        for (int j = 0; j < 50 && !rc; j++) {
            stp_job *job = stp_pool_job(p);
            rc = stp_pool_submit(p, job);
        }
        if (!rc)
            rc = stp_pool_drain(p);
        assert_int_equal(rc, STP_EINVAL);
        stp_pool_free(p);
    }
    stp_buf_free(&all);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_output_any_threads),
        cmocka_unit_test(error_stops_pool),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
