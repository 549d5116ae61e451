/* Masthead's reader script: counts a story view, fills "Popular Posts". No cookies, no third parties. */
(function () {
  "use strict";
  // A view counts once the page is really shown: not while prerendered, not in a hidden tab.
  function whenShown(run) {
    if (document.prerendering) {
      document.addEventListener("prerenderingchange", function () { whenShown(run); }, { once: true });
    } else if (document.visibilityState !== "visible") {
      document.addEventListener("visibilitychange", function again() {
        if (document.visibilityState === "visible") {
          document.removeEventListener("visibilitychange", again);
          run();
        }
      });
    } else {
      run();
    }
  }
  var story = document.querySelector('meta[name="masthead:story"]');
  if (story && navigator.sendBeacon) {
    whenShown(function () {
      navigator.sendBeacon(story.dataset.beacon, new URLSearchParams({ a: story.content }));
    });
  }
  // "Popular Posts": the page carries a link; the list itself changes by the minute.
  document.querySelectorAll("[data-popular]").forEach(function (block) {
    if (!window.fetch) return;
    fetch(block.dataset.popular, { credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        if (html.trim()) {
          block.querySelector(".popular__list").innerHTML = html;
        } else {
          block.hidden = true; // nothing read yet: the place takes no space
        }
      })
      .catch(function () {});
  });
  // The newsletter box posts without leaving the page; without a script it is a plain form.
  document.querySelectorAll("[data-newsletter] form").forEach(function (form) {
    if (!window.fetch || !window.FormData) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var status = form.querySelector(".newsletter__status");
      var button = form.querySelector("button[type=submit]");
      var email = form.querySelector("input[type=email]");
      button.disabled = true;
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "omit"
      })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          var problem = answer.errors && answer.errors.email ? answer.errors.email[0] : "";
          status.textContent = problem || answer.message;
          status.classList.toggle("is-error", !answer.ok);
          email.setAttribute("aria-invalid", answer.ok ? "false" : "true");
          if (answer.ok) form.reset();
        })
        .catch(function () { form.submit(); })
        .then(function () { button.disabled = false; });
    });
  });
  // Embeds (masthead.articles.bodies): a card until the reader asks; then the provider's own player
  // or map page in a frame. Nothing from the provider loads before the click.
  document.querySelectorAll(".embed__load[data-frame]").forEach(function (button) {
    var card = button.closest(".embed__card");
    var note = card.querySelector(".embed__note");
    button.hidden = false;
    if (note) note.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = button.dataset.frame;
      frame.title = button.dataset.frameTitle || button.textContent;
      frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
      // The players refuse to play without knowing the site; they learn its origin, never the page.
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox");
      var holder = document.createElement("div");
      holder.className = "embed__frame";
      holder.appendChild(frame);
      var figure = card.closest(".embed");
      figure.insertBefore(holder, card);
      figure.classList.add("is-loaded");
      button.remove();
      if (note) note.remove();
      frame.focus();
    });
  });
  // Ads: chosen per impression (pages are cached and the same for everyone), counted when seen.
  var places = Array.prototype.slice.call(document.querySelectorAll("[data-ad-slot]"));
  if (places.length && window.fetch) {
    var first = places[0].dataset;
    var query = new URLSearchParams({
      slots: places.map(function (p) { return p.dataset.adSlot; }).join(","),
      lang: first.adLang, section: first.adSection, tags: first.adTags,
      // Each slot takes its own sizes on phones and on desktops (48rem, as the page's layout).
      device: window.matchMedia("(min-width: 48rem)").matches ? "desktop" : "phone"
    });
    fetch("/ads/decide/?" + query, { credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (ads) {
        places.forEach(function (place) {
          var ad = ads[place.dataset.adSlot];
          if (!ad) return; // nothing to show: the place stays hidden and takes no space
          var body = place.querySelector(".ad__body");
          body.innerHTML = ad.html;
          body.querySelectorAll("[data-click] a[href]").forEach(function (link) {
            link.href = link.closest("[data-click]").dataset.click;
            link.rel = "sponsored noopener";
          });
          place.hidden = false;
          watch(place, ad.seen);
        });
      })
      .catch(function () {});
  }
  // Viewable: at least half the ad on screen for a second (the IAB/MRC display standard).
  function watch(place, token) {
    if (!("IntersectionObserver" in window) || !navigator.sendBeacon) return;
    var timer = null;
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.intersectionRatio >= 0.5) {
          timer = timer || setTimeout(function () {
            observer.disconnect();
            navigator.sendBeacon("/ads/seen/", new URLSearchParams({ t: token }));
          }, 1000);
        } else if (timer) {
          clearTimeout(timer);
          timer = null;
        }
      });
    }, { threshold: [0, 0.5] });
    observer.observe(place);
  }
})();
