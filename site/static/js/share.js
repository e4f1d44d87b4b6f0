// "Sao chép liên kết" (issue 12): without JavaScript it is a plain link to the article;
// with it, a click copies the address and says so. No third-party script anywhere.
for (const link of document.querySelectorAll("a[data-copy-link]")) {
  link.addEventListener("click", async (event) => {
    if (!navigator.clipboard) return; // older browsers: follow the link
    event.preventDefault();
    const label = link.textContent;
    try {
      await navigator.clipboard.writeText(link.href);
      link.textContent = "Đã sao chép liên kết";
    } catch {
      link.textContent = "Không sao chép được, hãy giữ và chép liên kết";
    }
    link.setAttribute("aria-live", "polite");
    setTimeout(() => { link.textContent = label; }, 3000);
  });
}
