-- wrk script of the news-day load: every connection is a reader making visits, one after another.
-- A visit reads a page (a front or a story), then asks for that page's ad decision as the page's
-- script does (when the page has ad slots), then, for a story, sends its view beacon
-- (POST /beacon/ with a=<story id> and a User-Agent never seen before, so every beacon counts).
--
--   wrk -t C -c C -s bench/newsday_visits.lua http://127.0.0.1:8000/ -- visits.txt [think ms]
--
-- visits.txt: one visit a line, tab-separated: kind (fronts or stories), the page's path, its ad
-- decision's path or -, the story's id or -. Each reader starts at a different line. The optional
-- think time (ms, 0 by default) is a reader's pause between two visits, not within one.
--
-- wrk must run one connection per thread (-t equal to -c): then request() and response() of a
-- thread strictly alternate, which is how this script knows which request an answer is for.
--
-- Every request is timed here, per kind (fronts, stories, ads, beacons), since wrk's own figures
-- mix them all. done() prints one line per kind, and one for the whole load:
--   newsday visits: kind=fronts count=.. whole=.. errors=.. p50_us=.. p90_us=.. p99_us=.. max_us=.. mean_us=.. hits=.. rendered=.. statuses=200:..
--   newsday visits: readers=.. duration_us=.. visits=..
-- `whole` counts the requests of visits that were finished: the end of the run cuts short the
-- visits under way, one a reader at most.
local ffi = require("ffi")

ffi.cdef([[
typedef struct { long tv_sec; long tv_nsec; } newsday_timespec;
int clock_gettime(int clock_id, newsday_timespec *tp);
]])

local CLOCK_MONOTONIC = 1
local KINDS = { "fronts", "stories", "ads", "beacons" }
local SUMS = { "count", "whole", "errors", "hits", "rendered", "sum_us" }
-- Latency buckets: 100 a decade (each 2.3 % wide), so a percentile read at a bucket's middle is
-- within about 1.2 % of the true one, from 1 us to minutes, in a few hundred buckets at most.
local BUCKETS_PER_DECADE = 100

local threads = {}
local now_buffer = ffi.new("newsday_timespec")

local function now_us()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, now_buffer)
   return tonumber(now_buffer.tv_sec) * 1e6 + tonumber(now_buffer.tv_nsec) / 1e3
end

local function new_tally()
   local tally = {}
   for _, kind in ipairs(KINDS) do
      tally[kind] = { max_us = 0, buckets = {}, statuses = {} }
      for _, sum in ipairs(SUMS) do
         tally[kind][sum] = 0
      end
   end
   return tally
end

-- A table of numbers, strings and tables as Lua source, read back with loadstring().
local function serialise(value)
   if type(value) == "table" then
      local parts = {}
      for key, item in pairs(value) do
         parts[#parts + 1] = "[" .. serialise(key) .. "]=" .. serialise(item)
      end
      return "{" .. table.concat(parts, ",") .. "}"
   elseif type(value) == "string" then
      return string.format("%q", value)
   end
   return string.format("%.17g", value)
end

function setup(thread)
   thread:set("reader", #threads)
   table.insert(threads, thread)
end

function init(args)
   visits = {}
   for line in io.lines(args[1]) do
      local kind, page, ad, story = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$")
      if kind then
         visits[#visits + 1] = {
            kind = kind,
            page = page,
            ad = ad ~= "-" and ad or nil,
            story = story ~= "-" and story or nil,
         }
      end
   end
   if #visits == 0 then
      error("no visits in " .. args[1])
   end
   think_ms = tonumber(args[2] or "0") or 0
   if think_ms <= 0 then
      -- Without a delay() wrk sends the next request as soon as an answer is in.
      delay = nil
   end
   reader = reader or 0
   math.randomseed(reader + 1)
   position = (reader * 7919) % #visits + 1 -- readers start apart in the list
   step = "page" -- the visit's request under way: page, ad or beacon
   pending = nil -- that request, sent and not yet answered: {kind, text, started}
   this_visit = {} -- the kinds of the visit's requests answered so far
   between_visits = true -- delay() before a reader's first visit spreads the readers out
   beacons_sent = 0
   visits_done = 0
   tally = new_tally()
   -- wrk 4.1's thread:get copies strings and numbers but not nested tables (it crashes), so a
   -- reader's figures go to done() as text, written when done() asks for them.
   setmetatable(_G, {
      __index = function(_, name)
         if name == "figures" then
            return serialise({ tally = tally, visits = visits_done })
         end
      end,
   })
end

local function build(visit)
   if step == "page" then
      return visit.kind, wrk.format("GET", visit.page)
   elseif step == "ad" then
      return "ads", wrk.format("GET", visit.ad)
   end
   beacons_sent = beacons_sent + 1
   local headers = {
      ["User-Agent"] = "Mozilla/5.0 (bench reader " .. reader .. "-" .. beacons_sent .. ")",
      ["Content-Type"] = "application/x-www-form-urlencoded",
   }
   return "beacons", wrk.format("POST", "/beacon/", headers, "a=" .. visit.story)
end

function request()
   -- A request sent and never answered (wrk asks once before the run starts, and again after
   -- reconnecting on a socket error) is sent again, so the visit goes on where it was.
   if pending == nil then
      local kind, text = build(visits[position])
      pending = { kind = kind, text = text }
   end
   pending.started = now_us()
   return pending.text
end

local function record(kind, status, elapsed_us, headers)
   local counts = tally[kind]
   counts.count = counts.count + 1
   counts.statuses[status] = (counts.statuses[status] or 0) + 1
   if status >= 400 then
      counts.errors = counts.errors + 1
   end
   counts.sum_us = counts.sum_us + elapsed_us
   if elapsed_us > counts.max_us then
      counts.max_us = elapsed_us
   end
   local bucket = math.floor(math.log10(math.max(elapsed_us, 1)) * BUCKETS_PER_DECADE)
   counts.buckets[bucket] = (counts.buckets[bucket] or 0) + 1
   if kind == "fronts" or kind == "stories" then
      -- Header names arrive as the server wrote them: granian may send them in lower case.
      if (headers["X-Cache"] or headers["x-cache"]) == "HIT" then
         counts.hits = counts.hits + 1
      else
         counts.rendered = counts.rendered + 1
      end
   end
end

local function finish_visit()
   for _, kind in ipairs(this_visit) do
      tally[kind].whole = tally[kind].whole + 1
   end
   this_visit = {}
   step = "page"
   position = position % #visits + 1
   visits_done = visits_done + 1
   between_visits = true
end

function response(status, headers, body)
   if pending == nil then
      return
   end
   record(pending.kind, status, now_us() - pending.started, headers)
   this_visit[#this_visit + 1] = pending.kind
   pending = nil
   local visit = visits[position]
   if step == "page" and status >= 400 then
      finish_visit() -- a page not shown runs no script: no ad decision, no beacon
   elseif step == "page" and visit.ad then
      step = "ad"
   elseif step ~= "beacon" and visit.story then
      step = "beacon"
   else
      finish_visit()
   end
end

function delay()
   -- Called before every request; a reader pauses only before a new visit.
   if not between_visits then
      return 0
   end
   between_visits = false
   if visits_done == 0 then
      return math.floor(math.random() * think_ms)
   end
   return think_ms
end

local function percentile(counts, share)
   local keys = {}
   for bucket in pairs(counts.buckets) do
      keys[#keys + 1] = bucket
   end
   table.sort(keys)
   local rank = math.max(1, math.ceil(counts.count * share))
   local seen = 0
   for _, bucket in ipairs(keys) do
      seen = seen + counts.buckets[bucket]
      if seen >= rank then
         -- The bucket's middle, but never past the slowest request itself.
         return math.min(10 ^ ((bucket + 0.5) / BUCKETS_PER_DECADE), counts.max_us)
      end
   end
   return 0
end

local function statuses_text(statuses)
   local keys, parts = {}, {}
   for status in pairs(statuses) do
      keys[#keys + 1] = status
   end
   table.sort(keys)
   for _, status in ipairs(keys) do
      parts[#parts + 1] = string.format("%d:%d", status, statuses[status])
   end
   return table.concat(parts, ",")
end

function done(summary, latency, requests)
   local merged, visits_total = new_tally(), 0
   for _, thread in ipairs(threads) do
      local figures = loadstring("return " .. thread:get("figures"))()
      visits_total = visits_total + figures.visits
      for kind, counts in pairs(figures.tally) do
         local into = merged[kind]
         for _, sum in ipairs(SUMS) do
            into[sum] = into[sum] + counts[sum]
         end
         into.max_us = math.max(into.max_us, counts.max_us)
         for bucket, n in pairs(counts.buckets) do
            into.buckets[bucket] = (into.buckets[bucket] or 0) + n
         end
         for status, n in pairs(counts.statuses) do
            into.statuses[status] = (into.statuses[status] or 0) + n
         end
      end
   end
   for _, kind in ipairs(KINDS) do
      local counts = merged[kind]
      io.write(
         string.format(
            "newsday visits: kind=%s count=%d whole=%d errors=%d p50_us=%.0f p90_us=%.0f p99_us=%.0f "
               .. "max_us=%.0f mean_us=%.0f hits=%d rendered=%d statuses=%s\n",
            kind,
            counts.count,
            counts.whole,
            counts.errors,
            percentile(counts, 0.50),
            percentile(counts, 0.90),
            percentile(counts, 0.99),
            counts.max_us,
            counts.count > 0 and counts.sum_us / counts.count or 0,
            counts.hits,
            counts.rendered,
            statuses_text(counts.statuses)
         )
      )
   end
   io.write(
      string.format(
         "newsday visits: readers=%d duration_us=%d visits=%d\n",
         #threads,
         summary.duration,
         visits_total
      )
   )
end
