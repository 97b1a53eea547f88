import { hit } from './call-targets.js';
function checkCall(call) {
    if (call.capability !== 'process.kill')
        return [];
    const pid = call.args[0]?.text;
    if (pid === '-1' || pid === '1')
        return [hit(call, 'kill-process', 'critical', 'kills every process or init')];
    return [hit(call, 'kill-process', 'medium', 'kills or signals another process')];
}
export const processKilling = {
    rules: [
        {
            id: 'kill-process',
            category: 'process-kill',
            title: 'Kills processes',
            help: 'Sends kill/terminate signals to other processes (os.kill, psutil, process.kill, pkill).',
            cwe: ['CWE-284'],
        },
    ],
    check: (facts) => facts.calls.flatMap(checkCall),
};
