// The import page's check and import buttons, with a progress bar: the run is posted to the API asking for
// progress lines (application/x-ndjson), each moving the bar, and the page is reloaded to show the outcome.
// Without this script the same forms post normally and the page shows the outcome when the run is done.
document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.importRun || typeof window.fetch !== 'function') {
        return;
    }

    event.preventDefault();
    const action = event.submitter && event.submitter.value === 'commit' ? 'commit' : 'check';
    const panel = document.querySelector('.import-progress');
    const bar = panel.querySelector('progress');
    const status = panel.querySelector('[role=status]');
    const number = new Intl.NumberFormat(document.documentElement.lang || undefined);
    form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    panel.hidden = false;
    // The page gives the words in the reader's language; "{0} of {1} rows" takes the two counts.
    status.textContent = action === 'commit' ? form.dataset.importing : form.dataset.checking;

    try {
        const response = await fetch(`/api/imports/${form.dataset.importRun}/${action}`, {
            method: 'POST',
            headers: { Accept: 'application/x-ndjson' },
            credentials: 'same-origin',
        });
        if (!response.ok || !response.body) {
            throw new Error((await response.json().catch(() => null))?.detail || `The server answered ${response.status}.`);
        }

        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffered = '';
        for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffered += decoder.decode(value, { stream: true });
            let newline;
            while ((newline = buffered.indexOf('\n')) >= 0) {
                const line = JSON.parse(buffered.slice(0, newline));
                buffered = buffered.slice(newline + 1);
                if (typeof line.done === 'number') {
                    bar.max = Math.max(1, line.total);
                    bar.value = line.done;
                    status.textContent = form.dataset.progress.replace('{0}', number.format(line.done)).replace('{1}', number.format(line.total));
                } else if (line.error) {
                    throw new Error(line.error);
                }
            }
        }

        // Load the page afresh with a GET (the page may be the answer to a posted form, which a reload would send again).
        const search = `?ran=${action}`;
        if (window.location.pathname === `/import/${form.dataset.importRun}` && window.location.search === search) {
            window.location.reload();
        } else {
            window.location.replace(`/import/${form.dataset.importRun}${search}#outcome`);
        }
    } catch (error) {
        status.textContent = error.message;
        status.classList.add('text-danger');
        form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
});
