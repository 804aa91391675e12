import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class PublishIncidentUpdateRequestDto {
  @ApiProperty({ example: 'Feilrettingen er ute i 8.4.3. Oppgrader og send PLL på nytt.', maxLength: 5000 })
  @MaxLength(5000)
  @MinLength(1)
  @IsString()
  body!: string;
}
