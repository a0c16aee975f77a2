import { Global, Module } from '@nestjs/common';
import { StreamBus } from './stream-bus.js';
import { StreamController } from './stream.controller.js';

@Global()
@Module({
  controllers: [StreamController],
  providers: [StreamBus],
  exports: [StreamBus],
})
export class StreamModule {}
