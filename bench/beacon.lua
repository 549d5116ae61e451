-- wrk script: each request is a view beacon for the next story of a list, from a "reader" never
-- seen before (a unique User-Agent), so every beacon must be counted.
--   wrk -s bench/beacon.lua http://127.0.0.1:8000/beacon/ -- ids.txt
local threads = 0

function setup(thread)
   thread:set("id", threads)
   threads = threads + 1
end

function init(args)
   ids = {}
   for line in io.lines(args[1]) do
      if #line > 0 then ids[#ids + 1] = line end
   end
   counter = 0
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
   counter = counter + 1
   local ua = "Mozilla/5.0 (bench reader " .. id .. "-" .. counter .. ")"
   local body = "a=" .. ids[(counter % #ids) + 1]
   return wrk.format(nil, nil, { ["User-Agent"] = ua }, body)
end
