-- wrk script: every request asks for the next path of a list (one percent-encoded path a line).
--   wrk -s bench/rotate.lua http://127.0.0.1:8000/ -- paths.txt
-- Each wrk thread walks the whole list, starting at a different place.

local threads = 0

function setup(thread)
   thread:set("start", threads * 7919)
   threads = threads + 1
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
end

function request()
   counter = counter + 1
   return wrk.format(nil, paths[(counter % #paths) + 1])
end
