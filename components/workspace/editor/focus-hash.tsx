"use client";
import { useEffect } from "react";
import { usePathname } from "next/navigation";

/** After a check link (…/income#f-income-3-fiscal), focus that field, or the first input of that row. */
export function FocusHash() {
  const pathname = usePathname();
  useEffect(() => {
    const focus = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      const target = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${CSS.escape(id)}-"]`);
      if (!target) return;
      const input = target.matches("input, textarea, select") ? target : target.querySelector<HTMLElement>("input, textarea, select");
      (input ?? target).scrollIntoView({ block: "center" });
      input?.focus();
    };
    focus();
    window.addEventListener("hashchange", focus);
    return () => window.removeEventListener("hashchange", focus);
  }, [pathname]);
  return null;
}
