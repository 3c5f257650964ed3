// Cloud Assistant and DescribeInstanceVncUrl through the official SDK: the agent's state,
// RunCommand with Base64 content and DescribeInvocationResults until final (Output Base64,
// ExitCode, ErrorCode), DescribeInvocations, CreateCommand/InvokeCommand/DescribeCommands,
// StopInvocation, and the errors the console shows. Runs inside the scenario, on the style's
// running instance `a` (tagged so that ecs-sim gives it an agent) and the stopped one `stopped`.
module.exports = function ({ step, expectError, assert, REGION }) {
  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
  const b64 = text => Buffer.from(text, 'utf8').toString('base64');
  const unb64 = text => Buffer.from(text || '', 'base64').toString('utf8');

  async function finalResults(style, invokeId, count) {
    for (let i = 0; i < 400; ++i) {
      const body = await style.call('DescribeInvocationResults', { RegionId: REGION, InvokeId: invokeId });
      const results = body.Invocation.InvocationResults.InvocationResult;
      if (results.length === count && results.every(r => !['Pending', 'Running', 'Stopping'].includes(r.InvocationStatus)))
        return step(style, 'DescribeInvocationResults', { RegionId: REGION, InvokeId: invokeId });
      await sleep(25);
    }
    assert.fail(`${invokeId} did not finish`);
  }

  return async function (style, a, stopped) {
    const tag = { RegionId: REGION, ResourceType: 'instance', 'ResourceId.1': a };
    await step(style, 'TagResources', { ...tag, 'Tag.1.Key': 'ecs-sim:cloud-assistant', 'Tag.1.Value': 'installed' });
    await step(style, 'DescribeCloudAssistantStatus', { RegionId: REGION, 'InstanceId.1': a, 'InstanceId.2': stopped }, body => {
      const set = body.InstanceCloudAssistantStatusSet.InstanceCloudAssistantStatus;
      assert.equal(set.length, 2);
      const mine = set.find(s => s.InstanceId === a);
      assert.equal(mine.CloudAssistantStatus, 'true');
      assert.equal(mine.OSType, 'Linux');
      assert.equal(body.TotalCount, 2);
    });

    const run = await step(style, 'RunCommand', { RegionId: REGION, Type: 'RunShellScript', CommandContent: b64('hostname; echo hi; exit 3'),
      ContentEncoding: 'Base64', Timeout: 60, 'InstanceId.1': a, 'InstanceId.2': stopped }, body => {
      assert.match(body.InvokeId, /^t-/);
      assert.match(body.CommandId, /^c-/);
    });
    const results = (await finalResults(style, run.InvokeId, 2)).Invocation.InvocationResults.InvocationResult;
    const ran = results.find(r => r.InstanceId === a);
    assert.equal(ran.InvocationStatus, 'Failed');
    assert.equal(ran.ExitCode, 3);
    assert.equal(ran.ErrorCode, 'ExitCodeNonzero');
    assert.match(unb64(ran.Output), /\nhi\n$/);
    assert.equal(ran.Dropped, 0);
    const notRunning = results.find(r => r.InstanceId === stopped);
    assert.equal(notRunning.InvocationStatus, 'Aborted');
    assert.equal(notRunning.ErrorCode, 'InstanceNotRunning');

    await step(style, 'DescribeInvocations', { RegionId: REGION, InvokeId: run.InvokeId, IncludeOutput: true, ContentEncoding: 'PlainText' }, body => {
      const inv = body.Invocations.Invocation[0];
      assert.equal(inv.InvocationStatus, 'Failed'); // both failed: one exited 3, one never ran
      assert.equal(inv.CommandContent, 'hostname; echo hi; exit 3');
      assert.equal(inv.InvokeInstances.InvokeInstance.length, 2);
    });

    const created = await step(style, 'CreateCommand', { RegionId: REGION, Name: `conf-${style.name}`, Type: 'RunShellScript',
      CommandContent: b64('sleep 3600'), ContentEncoding: 'Base64', Timeout: 7200 }, body => assert.match(body.CommandId, /^c-/));
    await step(style, 'DescribeCommands', { RegionId: REGION, CommandId: created.CommandId, ContentEncoding: 'PlainText' }, body => {
      assert.equal(body.Commands.Command[0].CommandContent, 'sleep 3600');
      assert.equal(body.TotalCount, 1);
    });
    const invoked = await step(style, 'InvokeCommand', { RegionId: REGION, CommandId: created.CommandId, 'InstanceId.1': a },
      body => assert.match(body.InvokeId, /^t-/));
    await step(style, 'StopInvocation', { RegionId: REGION, InvokeId: invoked.InvokeId, 'InstanceId.1': a });
    const stoppedRun = (await finalResults(style, invoked.InvokeId, 1)).Invocation.InvocationResults.InvocationResult[0];
    assert.ok(['Terminated', 'Cancelled'].includes(stoppedRun.InvocationStatus), stoppedRun.InvocationStatus);

    await step(style, 'DescribeInstanceVncUrl', { RegionId: REGION, InstanceId: a }, body => assert.match(body.VncUrl, /^wss%3A%2F%2F/));
    await expectError(style, 'IncorrectInstanceStatus', 'DescribeInstanceVncUrl', { RegionId: REGION, InstanceId: stopped });
    await expectError(style, 'InvalidInvokeId.NotFound', 'StopInvocation', { RegionId: REGION, InvokeId: 't-missing' });
    await expectError(style, 'MissingParameter', 'RunCommand', { RegionId: REGION, CommandContent: 'hostname', 'InstanceId.1': a });
    await step(style, 'UntagResources', { ...tag, 'TagKey.1': 'ecs-sim:cloud-assistant' });
  };
};
