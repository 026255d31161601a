// src/topicTemplate.ts: TopicTemplate, which makes topics, filters and
// parameter values from a channel address; the same for every interface
// (runtime/topicTemplate.ts).
import { File } from '@asyncapi/generator-react-sdk';

const { runtimeSource } = require('../../filters/runtime');

export default function TopicTemplateFile() {
  return <File name="topicTemplate.ts">{runtimeSource('topicTemplate.ts')}</File>;
}
