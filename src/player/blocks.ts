// The one thing a block needs the player for: a :::tabs block arrives from the build as headed
// sections (readable as they are), and becomes a tab list here, worked by arrow keys as the ARIA
// tabs pattern has it. Everything else (accordions, flip cards, steps, callouts) is plain HTML.
export function enhanceBlocks(root: HTMLElement): void {
  for (const tabs of root.querySelectorAll<HTMLElement>('.tabs:not([data-ready])')) {
    tabs.dataset.ready = '';
    const panels = [...tabs.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    const buttons = panels.map((panel, i) => {
      const heading = panel.querySelector('h3')!;
      const button = document.createElement('button');
      button.type = 'button';
      button.id = `${heading.id}-tab`;
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-controls', `${heading.id}-panel`);
      button.innerHTML = heading.innerHTML;
      panel.id = `${heading.id}-panel`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', button.id);
      panel.tabIndex = 0;
      heading.hidden = true;
      button.onclick = () => select(i);
      button.onkeydown = (e) => {
        const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: panels.length - 1 }[e.key];
        if (to === undefined) return;
        e.preventDefault();
        select((to + panels.length) % panels.length, true);
      };
      list.append(button);
      return button;
    });
    const select = (n: number, focus = false) => {
      buttons.forEach((b, i) => {
        b.setAttribute('aria-selected', String(i === n));
        b.tabIndex = i === n ? 0 : -1;
        panels[i].hidden = i !== n;
      });
      if (focus) buttons[n].focus();
    };
    tabs.prepend(list);
    select(0);
  }
}
