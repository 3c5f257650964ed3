// Tags and names through the official SDK: TagResources, UntagResources (keys, All),
// ListTagResources (by ResourceId.N, by Tag.N) and ModifyInstanceAttribute, with the errors the
// console shows. Runs inside the scenario, on the style's two running instances.
module.exports = function ({ step, expectError, assert, REGION }) {
  return async function (style, [a, b]) {
    const s = style.name;
    const both = { RegionId: REGION, ResourceType: 'instance', 'ResourceId.1': a, 'ResourceId.2': b };
    await step(style, 'TagResources', { ...both, 'Tag.1.Key': 'team', 'Tag.1.Value': s, 'Tag.2.Key': 'tier', 'Tag.2.Value': 'web' });
    await step(style, 'ListTagResources', both, body => {
      const pairs = body.TagResources.TagResource;
      assert.ok(pairs.some(p => p.ResourceId === a && p.TagKey === 'team' && p.TagValue === s));
      assert.ok(pairs.some(p => p.ResourceId === b && p.TagKey === 'tier' && p.TagValue === 'web'));
      assert.ok(pairs.every(p => p.ResourceType === 'instance'));
      assert.ok(!body.NextToken, 'one page');
    });
    await step(style, 'ListTagResources', { RegionId: REGION, ResourceType: 'instance', 'Tag.1.Key': 'team', 'Tag.1.Value': s }, body => {
      const resources = [...new Set(body.TagResources.TagResource.map(p => p.ResourceId))].sort();
      assert.deepEqual(resources, [a, b].sort());
    });
    await step(style, 'UntagResources', { ...both, 'TagKey.1': 'tier' });
    await step(style, 'UntagResources', { RegionId: REGION, ResourceType: 'instance', 'ResourceId.1': b, All: true });
    await step(style, 'ListTagResources', both, body => {
      const pairs = body.TagResources.TagResource;
      assert.ok(pairs.every(p => p.TagKey !== 'tier'), 'tier removed');
      assert.ok(pairs.every(p => p.ResourceId === a), 'every tag of b removed');
      assert.ok(pairs.some(p => p.TagKey === 'team'));
    });
    await expectError(style, 'InvalidTagKey.Malformed', 'TagResources', { ...both, 'Tag.1.Key': 'aliyun-reserved', 'Tag.1.Value': 'x' });
    await expectError(style, 'InvalidResourceType.NotFound', 'TagResources', { ...both, ResourceType: 'nothing', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' });
    await expectError(style, 'InvalidResourceId.NotFound', 'UntagResources', { RegionId: REGION, ResourceType: 'instance', 'ResourceId.1': 'i-missing0000000000', 'TagKey.1': 'k' });

    await step(style, 'ModifyInstanceAttribute', { InstanceId: a, InstanceName: `conf-${s}-renamed`, Description: `renamed by ${s}`, HostName: 'conf-host-1' });
    await step(style, 'DescribeInstances', { RegionId: REGION, InstanceIds: JSON.stringify([a]) }, body => {
      const i = body.Instances.Instance[0];
      assert.equal(i.InstanceName, `conf-${s}-renamed`);
      assert.equal(i.Description, `renamed by ${s}`);
      assert.equal(i.HostName, 'conf-host-1');
    });
    await expectError(style, 'InvalidInstanceName.Malformed', 'ModifyInstanceAttribute', { InstanceId: a, InstanceName: '1-starts-with-a-digit' });
    await expectError(style, 'InvalidDescription.Malformed', 'ModifyInstanceAttribute', { InstanceId: a, Description: 'http://example.com' });
    await expectError(style, 'InvalidInstanceId.NotFound', 'ModifyInstanceAttribute', { InstanceId: 'i-missing0000000000', InstanceName: 'valid-name' });
  };
};
