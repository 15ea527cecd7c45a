/* json.c - strict one-object JSON reader (see json.h) */
#include "json.h"
#include "err.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct {
    const char *s;
    size_t      n, i;
    stp_json   *j;
} parser;

static int fail(parser *p, const char *msg)
{
    p->j->err_off = p->i;
    p->j->err_msg = msg;
    return STP_EJSON;
}

static void ws(parser *p)
{
    while (p->i < p->n) {
        char c = p->s[p->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->i++;
    }
}

static int hex4(const char *s, uint32_t *v)
{
    *v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9' ? c - '0'
              : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (d < 0)
            return -1;
        *v = *v * 16 + (uint32_t)d;
    }
    return 0;
}

/* a string at s[i] == '"'; decoded into j->strings when out is given */
static int string(parser *p, stp_str *out)
{
    stp_buf *b = &p->j->strings;
    size_t start = b->len;
    p->i++;
    for (;;) {
        size_t i = p->i;
        /* copy the run up to a quote, backslash or control character */
        while (i < p->n && p->s[i] != '"' && p->s[i] != '\\' && (unsigned char)p->s[i] >= 0x20)
            i++;
        if (out) {
            memcpy(b->p + b->len, p->s + p->i, i - p->i);
            b->len += i - p->i;
        }
        p->i = i;
        if (i >= p->n)
            return fail(p, "unterminated string");
        char c = p->s[i];
        if (c == '"') {
            p->i++;
            break;
        }
        if (c != '\\')
            return fail(p, "control character in string");
        if (i + 1 >= p->n)
            return fail(p, "unterminated string");
        char e = p->s[i + 1];
        uint32_t cp;
        p->i += 2;
        switch (e) {
        case '"': cp = '"'; break;
        case '\\': cp = '\\'; break;
        case '/': cp = '/'; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'n': cp = '\n'; break;
        case 'r': cp = '\r'; break;
        case 't': cp = '\t'; break;
        case 'u':
            p->i -= 2;
            if (p->i + 6 > p->n || hex4(p->s + p->i + 2, &cp))
                return fail(p, "bad \\u escape");
            p->i += 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint32_t lo;
                if (p->i + 6 <= p->n && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u'
                    && hex4(p->s + p->i + 2, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    p->i += 6;
                } else {
                    cp = 0xFFFD;   /* lone high surrogate */
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;       /* lone low surrogate */
            }
            break;
        default:
            p->i -= 2;
            return fail(p, "bad escape in string");
        }
        if (out)   /* room was reserved for the whole input: decoding never grows */
            b->len += (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)b->p + b->len);
    }
    if (out) {
        out->s = b->p + start;
        out->n = b->len - start;
    }
    return 0;
}

static int digits(parser *p)
{
    size_t i = p->i;
    while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
        p->i++;
    return p->i > i;
}

static int number(parser *p, stp_str *out)
{
    size_t start = p->i;
    if (p->s[p->i] == '-')
        p->i++;
    if (p->i < p->n && p->s[p->i] == '0')
        p->i++;
    else if (!digits(p))
        return fail(p, "bad number");
    if (p->i < p->n && p->s[p->i] == '.') {
        p->i++;
        if (!digits(p))
            return fail(p, "bad number");
    }
    if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
        p->i++;
        if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-'))
            p->i++;
        if (!digits(p))
            return fail(p, "bad number");
    }
    if (out) {
        stp_buf *b = &p->j->strings;
        out->s = b->p + b->len;
        out->n = p->i - start;
        memcpy(b->p + b->len, p->s + start, out->n);
        b->len += out->n;
    }
    return 0;
}

static int literal(parser *p, const char *w)
{
    size_t l = strlen(w);
    if (p->n - p->i < l || memcmp(p->s + p->i, w, l) != 0)
        return fail(p, "unexpected character");
    p->i += l;
    return 0;
}

/* a scalar at p->i; *t gets its type */
static int scalar(parser *p, stp_json_type *t, stp_str *out)
{
    if (p->i >= p->n)
        return fail(p, "unexpected end of line");
    char c = p->s[p->i];
    if (c == '"') {
        *t = STP_JSON_STRING;
        return string(p, out);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        *t = STP_JSON_NUMBER;
        return number(p, out);
    }
    if (c == 't') { *t = STP_JSON_TRUE; return literal(p, "true"); }
    if (c == 'f') { *t = STP_JSON_FALSE; return literal(p, "false"); }
    if (c == 'n') { *t = STP_JSON_NULL; return literal(p, "null"); }
    return fail(p, "unexpected character");
}

/* "key" : , leaving p->i at the value */
static int key_colon(parser *p, stp_str *key)
{
    ws(p);
    if (p->i >= p->n || p->s[p->i] != '"')
        return fail(p, "expected a string key");
    int rc = string(p, key);
    if (rc)
        return rc;
    ws(p);
    if (p->i >= p->n || p->s[p->i] != ':')
        return fail(p, "expected ':'");
    p->i++;
    ws(p);
    return 0;
}

/* check and skip the array or object at p->i, without recursion; the
   enclosing object counts as one level */
static int skip_nested(parser *p)
{
    char stack[STP_JSON_MAX_DEPTH];
    int depth = 0;
    for (;;) {
        /* a value is expected at p->i */
        ws(p);
        if (p->i >= p->n)
            return fail(p, "unexpected end of line");
        char c = p->s[p->i];
        if (c == '[' || c == '{') {
            if (depth + 1 >= STP_JSON_MAX_DEPTH)
                return fail(p, "nested too deeply");
            stack[depth++] = c;
            p->i++;
            ws(p);
            if (p->i < p->n && p->s[p->i] == (c == '[' ? ']' : '}')) {
                p->i++;
                depth--;
            } else {
                if (c == '{') {
                    int rc = key_colon(p, NULL);
                    if (rc)
                        return rc;
                }
                continue;
            }
        } else {
            stp_json_type t;
            int rc = scalar(p, &t, NULL);
            if (rc)
                return rc;
        }
        /* after a value: ',' or the end of containers */
        for (;;) {
            if (depth == 0)
                return 0;
            ws(p);
            if (p->i >= p->n)
                return fail(p, "unexpected end of line");
            char top = stack[depth - 1];
            c = p->s[p->i];
            if (c == ',') {
                p->i++;
                if (top == '{') {
                    int rc = key_colon(p, NULL);
                    if (rc)
                        return rc;
                }
                break;
            }
            if (c == (top == '[' ? ']' : '}')) {
                p->i++;
                depth--;
                continue;
            }
            return fail(p, top == '[' ? "expected ',' or ']'" : "expected ',' or '}'");
        }
    }
}

static int add_member(stp_json *j, const stp_json_member *m)
{
    if (j->n == j->cap) {
        size_t cap = j->cap ? j->cap * 2 : 16;
        stp_json_member *nm = realloc(j->m, cap * sizeof *nm);
        if (!nm)
            return STP_ENOMEM;
        j->m = nm;
        j->cap = cap;
    }
    j->m[j->n++] = *m;
    return 0;
}

int stp_json_parse(stp_json *j, const char *s, size_t n)
{
    j->n = 0;
    j->err_off = 0;
    j->err_msg = NULL;
    stp_buf_reset(&j->strings);
    if (stp_buf_reserve(&j->strings, n))
        return STP_ENOMEM;
    parser p = { s, n, 0, j };
    ws(&p);
    if (p.i >= n)
        return fail(&p, "empty line");
    if (s[p.i] != '{')
        return fail(&p, "not a JSON object");
    p.i++;
    ws(&p);
    if (p.i < n && s[p.i] == '}') {
        p.i++;
    } else {
        for (;;) {
            stp_json_member m = {0};
            int rc = key_colon(&p, &m.key);
            if (rc)
                return rc;
            if (p.i < n && (s[p.i] == '[' || s[p.i] == '{')) {
                m.type = s[p.i] == '[' ? STP_JSON_ARRAY : STP_JSON_OBJECT;
                m.val.s = "";
                rc = skip_nested(&p);
            } else {
                rc = scalar(&p, &m.type, &m.val);
            }
            if (rc)
                return rc;
            if (add_member(j, &m))
                return STP_ENOMEM;
            ws(&p);
            if (p.i < n && s[p.i] == ',') {
                p.i++;
                continue;
            }
            if (p.i < n && s[p.i] == '}') {
                p.i++;
                break;
            }
            return fail(&p, p.i < n ? "expected ',' or '}'" : "unexpected end of line");
        }
    }
    ws(&p);
    if (p.i < n)
        return fail(&p, "text after the object");
    return 0;
}

const stp_json_member *stp_json_get(const stp_json *j, const char *key)
{
    size_t kl = strlen(key);
    for (size_t k = 0; k < j->n; k++)
        if (j->m[k].key.n == kl && memcmp(j->m[k].key.s, key, kl) == 0)
            return &j->m[k];
    return NULL;
}

void stp_json_free(stp_json *j)
{
    free(j->m);
    stp_buf_free(&j->strings);
    memset(j, 0, sizeof *j);
}
