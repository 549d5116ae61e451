-- wrk script of the news-day load: every request asks for the next page of a list (one
-- percent-encoded path a line), as rotate.lua does, and counts the answers the page cache gave
-- (X-Cache: HIT) and those Django rendered, printed at the end as
--   newsday cache: hits N rendered M
--   wrk -s bench/newsday_pages.lua http://127.0.0.1:8000/ -- paths.txt
local threads = {}

function setup(thread)
   thread:set("start", #threads * 7919)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   for line in io.lines(args[1]) do
      if #line > 0 then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no paths in " .. args[1])
   end
   counter = start or 0
   hits = 0
   rendered = 0
end

function request()
   counter = counter + 1
   return wrk.format(nil, paths[(counter % #paths) + 1])
end

function response(status, headers, body)
   -- Header names arrive as the server wrote them: granian may send them in lower case.
   if (headers["X-Cache"] or headers["x-cache"]) == "HIT" then
      hits = hits + 1
   else
      rendered = rendered + 1
   end
end

function done(summary, latency, requests)
   local h, r = 0, 0
   for _, thread in ipairs(threads) do
      h = h + thread:get("hits")
      r = r + thread:get("rendered")
   end
   io.write(string.format("newsday cache: hits %d rendered %d\n", h, r))
end
