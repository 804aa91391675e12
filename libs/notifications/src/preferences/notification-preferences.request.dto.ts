import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class NotificationPreferencesRequestDto {
  @ApiProperty({
    description: 'Kind → on/off; the kinds left out keep their setting. Only the kinds GET lists may be given.',
    example: { 'public-comment': false },
  })
  @IsObject()
  kinds!: Record<string, unknown>;
}
