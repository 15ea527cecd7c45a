# references are decoded in every format, tags only with --html
printf "x&lt;b&gt;y &scaron;koda &#269;&#x10D; &amp;amp; <p>t</p>\n" | normalize
