-- wrk script for `make bench-spike` (cms/bench/spike.py): readers of a breaking story.
--
--   wrk -s cms/bench/spike.lua URL -- <run tag> /path1 /path2 ...
--
-- Each thread requests the given paths in turn. Like a browser, every article page it
-- receives (HTML whose body holds the view counter `/dem/<id>.gif`) makes the same
-- thread request that image next. Every request carries its own User-Agent and
-- X-Forwarded-For, so that each one is a new reader for the 30-minute per-reader
-- de-duplication (the server trusts X-Forwarded-For from 127.0.0.1 in the bench).
-- done() prints one line, "SPIKE pages=… articles=… counters_sent=… counters_ok=…
-- other=… server_errors=…", summed over the threads, which spike.py parses.

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local paths = {}
local tag = ""
local queue = {}
local n = 0
pages = 0          -- HTML answers with status 200
articles = 0       -- of those, article pages (holding a /dem/<id>.gif)
counters_sent = 0  -- /dem/<id>.gif requests sent
counters_ok = 0    -- image answers with status 200
other = 0          -- anything else (errors, redirects)
server_errors = 0  -- of those, status 5xx

function init(args)
  -- The run tag makes this run's readers differ from an earlier run's (same thread
  -- ids and sequence numbers) that the server still remembers for 30 minutes.
  tag = args[1]
  for i = 2, #args do
    paths[i - 1] = args[i]
  end
end

function request()
  n = n + 1
  -- A unique reader per request: thread id and sequence number in the browser's name
  -- and in a private address 10.<thread>.<hi>.<lo> (at most 65,536 per thread, then
  -- the name alone keeps them apart).
  local headers = {
    ["User-Agent"] = string.format(
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 reader/%s.%d.%d", tag, id, n),
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", id % 256, math.floor(n / 256) % 256, n % 256),
  }
  if #queue > 0 then
    counters_sent = counters_sent + 1
    return wrk.format("GET", table.remove(queue, 1), headers)
  end
  return wrk.format("GET", paths[(n % #paths) + 1], headers)
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  end
  local content_type = headers["Content-Type"] or headers["content-type"] or ""
  if content_type:find("image/gif", 1, true) then
    if status == 200 then
      counters_ok = counters_ok + 1
    else
      other = other + 1
    end
  elseif status == 200 then
    pages = pages + 1
    local page_id = body and body:match("/dem/(%d+)%.gif")
    if page_id then
      articles = articles + 1
      table.insert(queue, "/dem/" .. page_id .. ".gif")
    end
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local totals = { pages = 0, articles = 0, counters_sent = 0, counters_ok = 0, other = 0, server_errors = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  io.write(string.format("SPIKE pages=%d articles=%d counters_sent=%d counters_ok=%d other=%d server_errors=%d\n",
    totals.pages, totals.articles, totals.counters_sent, totals.counters_ok, totals.other, totals.server_errors))
end
